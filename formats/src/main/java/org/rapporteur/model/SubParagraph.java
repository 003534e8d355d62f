package org.rapporteur.model;

import java.util.List;
import java.util.Objects;

/**
 * A lettered sub-paragraph of an operative paragraph; {@code label} as printed without brackets ({@code "a"}).
 * An empty label is the list's wrap-up: the unnumbered text after the last sub-paragraph that finishes
 * the operative paragraph's sentence ("…; and to report thereon…").
 */
public record SubParagraph(String label, List<Inline> content) {
    public SubParagraph {
        Objects.requireNonNull(label, "label must not be null");
        content = List.copyOf(content);
    }

    /** Whether this is the list's wrap-up text rather than a lettered sub-paragraph. */
    public boolean wrapUp() {
        return label.isEmpty();
    }
}
