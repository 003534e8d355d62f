package org.rapporteur.format.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapporteur.model.Note;

/** Writer-local footnote numbers: 1, 2, 3 by first reference; a note referenced again keeps its number. */
final class NoteNumbering {
    private final Map<Note, Integer> numbers = new LinkedHashMap<>();

    int number(Note note) {
        return numbers.computeIfAbsent(note, n -> numbers.size() + 1);
    }

    /** The notes in number order. */
    List<Note> notes() {
        return new ArrayList<>(numbers.keySet());
    }
}
