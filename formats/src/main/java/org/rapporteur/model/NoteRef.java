package org.rapporteur.model;

import java.util.Objects;

/** A footnote at its reference point (pandoc's {@code Note}), holding the note itself. */
public record NoteRef(Note note) implements Inline {
    public NoteRef {
        Objects.requireNonNull(note, "note must not be null");
    }
}
