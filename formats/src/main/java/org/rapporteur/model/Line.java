package org.rapporteur.model;

import java.util.List;
import java.util.Objects;

/** A line as the reader saw it, before any decision about its role. Pages count from 1. */
public record Line(int page, List<Inline> content, LineLayout layout) implements Block {
    @Override
    public <R> R accept(Block.Visitor<R> visitor) {
        return visitor.line(this);
    }

    public Line {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, was " + page);
        }
        content = List.copyOf(content);
        Objects.requireNonNull(layout, "layout must not be null");
    }

    /** The line's text, marks and notes left out. */
    public String text() {
        return Inlines.plainText(content);
    }

    public Line withContent(List<Inline> newContent) {
        return new Line(page, newContent, layout);
    }
}
