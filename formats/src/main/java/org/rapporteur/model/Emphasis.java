package org.rapporteur.model;

import java.util.List;
import java.util.Objects;

/** Bold or italic content, such as the lead verb of an operative paragraph. */
public record Emphasis(Style style, List<Inline> content) implements Inline {
    public enum Style { BOLD, ITALIC }

    public Emphasis {
        Objects.requireNonNull(style, "style must not be null");
        content = List.copyOf(content);
    }

    public static Emphasis of(Style style, String text) {
        return new Emphasis(style, List.of(new Text(text)));
    }
}
