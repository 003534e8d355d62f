package org.rapporteur.model;

import java.util.List;
import java.util.Objects;

/**
 * A lettered sub-paragraph of an operative paragraph; {@code label} as printed without brackets ({@code "a"}).
 * {@code level} 1 is a point of the paragraph's list, 2 a point of the point before it ({@code (i)} under
 * {@code (b)}): the points stay one list in reading order, as the UN's gold files flatten them, and writers
 * nest them by level. An empty label is the list's wrap-up: the unnumbered text after the last
 * sub-paragraph that finishes the operative paragraph's sentence ("…; and to report thereon…"). A bulleted
 * point has the label {@link #BULLET}.
 */
public record SubParagraph(String label, List<Inline> content, int level) {
    /** The label of a bulleted point: the bullet, in every language. */
    public static final String BULLET = "\u2022";

    public SubParagraph {
        Objects.requireNonNull(label, "label must not be null");
        content = List.copyOf(content);
        if (level < 1 || level > 2) {
            throw new IllegalArgumentException("level must be 1 or 2, was " + level);
        }
    }

    /** A point of the paragraph's own list. */
    public SubParagraph(String label, List<Inline> content) {
        this(label, content, 1);
    }

    /** Whether this is the list's wrap-up text rather than a lettered sub-paragraph. */
    public boolean wrapUp() {
        return label.isEmpty();
    }
}
