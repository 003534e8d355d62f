package org.rapporteur.model;

import java.util.List;
import java.util.Objects;

/** A lettered sub-paragraph of an operative paragraph; {@code label} as printed without brackets ({@code "a"}). */
public record SubParagraph(String label, List<Inline> content) {
    public SubParagraph {
        Objects.requireNonNull(label, "label must not be null");
        content = List.copyOf(content);
    }
}
