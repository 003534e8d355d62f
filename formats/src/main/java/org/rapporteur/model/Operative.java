package org.rapporteur.model;

import java.util.List;
import java.util.Objects;

/**
 * A numbered operative paragraph. {@code number} is the number as printed, without its
 * punctuation ({@code "10"}), or empty where none is printed (a decision's single "Adopts…");
 * sub-paragraphs {@code (a)}, {@code (b)} are {@code points}. {@code printed}: the number with its punctuation
 * as the page prints it ({@code "1."}, Arabic {@code "1 -"} or {@code "1-"}), empty where not known.
 */
public record Operative(String number, List<Inline> content, List<SubParagraph> points, String printed) implements Block {
    @Override
    public <R> R accept(Block.Visitor<R> visitor) {
        return visitor.operative(this);
    }

    public Operative(String number, List<Inline> content, List<SubParagraph> points) {
        this(number, content, points, "");
    }

    public Operative {
        Objects.requireNonNull(number, "number must not be null");
        Objects.requireNonNull(printed, "printed must not be null");
        content = List.copyOf(content);
        points = List.copyOf(points);
    }

    /** Whether the paragraph is printed without a number. */
    public boolean unnumbered() {
        return number.isEmpty();
    }

    public Operative withPoint(SubParagraph point) {
        var more = new java.util.ArrayList<>(points);
        more.add(point);
        return new Operative(number, content, more, printed);
    }
}
