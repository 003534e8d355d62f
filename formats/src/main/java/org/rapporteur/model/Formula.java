package org.rapporteur.model;

import java.util.Objects;

/** The enacting formula, as printed: {@code 大会，}, {@code The General Assembly,}. */
public record Formula(String text) implements Block {
    @Override
    public <R> R accept(Block.Visitor<R> visitor) {
        return visitor.formula(this);
    }

    public Formula {
        Objects.requireNonNull(text, "text must not be null");
    }
}
