package org.rapporteur.model;

import java.util.List;
import java.util.Objects;

/**
 * Bold, italic or superscript content: the lead verb of an operative paragraph, a raised ordinal ending
 * ("1<sup>er</sup>", "XXXIII<sup>e</sup>"). A note's reference mark is not one: it is a {@link Mark}, then a
 * {@link NoteRef}.
 */
public record Emphasis(Style style, List<Inline> content) implements Inline {
    public enum Style { BOLD, ITALIC, SUPERSCRIPT }

    public Emphasis {
        Objects.requireNonNull(style, "style must not be null");
        content = List.copyOf(content);
    }

    public static Emphasis of(Style style, String text) {
        return new Emphasis(style, List.of(new Text(text)));
    }
}
