package org.rapporteur.model;

import java.util.Objects;

/**
 * A section heading inside a resolution's preamble or operative part ({@code Arms embargo},
 * {@code Reporting}): a title over the paragraphs after it, not a paragraph of the text.
 */
public record Heading(String text) implements Block {
    @Override
    public <R> R accept(Block.Visitor<R> visitor) {
        return visitor.heading(this);
    }

    public Heading {
        Objects.requireNonNull(text, "text must not be null");
    }
}
