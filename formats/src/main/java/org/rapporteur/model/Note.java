package org.rapporteur.model;

import java.util.List;
import java.util.Objects;

/**
 * A footnote's content. {@code label} is the mark printed in the source; writers number notes
 * themselves, by first reference. Two {@link NoteRef}s holding equal notes are two references to
 * one note.
 */
public record Note(String label, List<Inline> content) {
    public Note {
        Objects.requireNonNull(label, "label must not be null");
        content = List.copyOf(content);
    }
}
