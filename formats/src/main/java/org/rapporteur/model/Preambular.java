package org.rapporteur.model;

import java.util.List;

/** A preambular paragraph. */
public record Preambular(List<Inline> content) implements Block {
    @Override
    public <R> R accept(Block.Visitor<R> visitor) {
        return visitor.preambular(this);
    }

    public Preambular {
        content = List.copyOf(content);
    }
}
