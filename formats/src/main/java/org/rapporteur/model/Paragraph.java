package org.rapporteur.model;

import java.util.List;

/** A paragraph rebuilt from lines, before (or without) a structural role. */
public record Paragraph(List<Inline> content) implements Block {
    @Override
    public <R> R accept(Block.Visitor<R> visitor) {
        return visitor.paragraph(this);
    }

    public Paragraph {
        content = List.copyOf(content);
    }

    public String text() {
        return Inlines.plainText(content);
    }
}
