package org.rapporteur.pipeline.stage.footnotes;

import java.util.List;
import org.rapporteur.model.Note;

/** Lines {@code [start, end)} of the document hold the bodies of {@code notes}, printed on {@code page}. */
record NoteArea(int start, int end, int page, List<Note> notes) {
    NoteArea {
        notes = List.copyOf(notes);
    }
}
