package org.rapporteur.model;

import java.util.Objects;

/** The enacting formula, as printed: {@code 大会，}, {@code The General Assembly,}. */
public record Formula(String text) implements Block {
    public Formula {
        Objects.requireNonNull(text, "text must not be null");
    }
}
