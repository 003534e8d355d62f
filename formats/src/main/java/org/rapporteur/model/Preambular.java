package org.rapporteur.model;

import java.util.List;

/** A preambular paragraph. */
public record Preambular(List<Inline> content) implements Block {
    public Preambular {
        content = List.copyOf(content);
    }
}
