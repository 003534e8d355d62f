package org.rapporteur.profile;

import java.util.Set;

/** What tells a language from others of its script: its commonest short words. */
public record Detection(Set<String> words) {
    public Detection {
        words = Set.copyOf(words);
    }
}
