package org.rapporteur.model;

import java.util.List;

/** A paragraph rebuilt from lines, before (or without) a structural role. */
public record Paragraph(List<Inline> content) implements Block {
    public Paragraph {
        content = List.copyOf(content);
    }

    public String text() {
        return Inlines.plainText(content);
    }
}
