package org.rapporteur.model;

import java.util.Objects;

/** The bracketed adoption note, such as {@code [未经表决获得通过。]} or {@code [Adopted without a vote.]}. */
public record AdoptionNote(String text) implements Block {
    @Override
    public <R> R accept(Block.Visitor<R> visitor) {
        return visitor.adoptionNote(this);
    }

    public AdoptionNote {
        Objects.requireNonNull(text, "text must not be null");
    }
}
