package org.rapporteur.model;

import java.util.Objects;

/** A run of plain text. */
public record Text(String text) implements Inline {
    public Text {
        Objects.requireNonNull(text, "text must not be null");
    }
}
