package org.rapporteur.model;

import java.util.Objects;

/**
 * A footnote reference mark as printed, before the footnote stage has found its note.
 * Readers emit it where layout says "this is a mark" (a superscript run, a Unicode superscript);
 * after the footnote stage a document holds {@link NoteRef}s instead, or the mark turned back
 * into text with a warning.
 */
public record Mark(String label) implements Inline {
    public Mark {
        Objects.requireNonNull(label, "label must not be null");
        if (label.isBlank()) {
            throw new IllegalArgumentException("a mark needs a label");
        }
    }
}
