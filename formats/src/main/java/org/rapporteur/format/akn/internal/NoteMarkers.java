package org.rapporteur.format.akn.internal;

import java.util.HashMap;
import java.util.Map;
import org.rapporteur.model.Note;

/**
 * Writer-local note numbers by first reference. The first reference to a note carries the
 * {@code authorialNote}; later ones are {@code noteRef}s pointing at it (the UN files never reference a
 * note twice, so this is our choice, and the marker stays the same number readers saw).
 */
public final class NoteMarkers {
    private final Map<Note, Integer> numbers = new HashMap<>();

    /** The note's number, and whether this is its first reference. */
    public record Ref(int number, boolean first) {
        public String eId() {
            return "authorialNote_" + number;
        }
    }

    public Ref reference(Note note) {
        Integer n = numbers.get(note);
        if (n != null) {
            return new Ref(n, false);
        }
        int next = numbers.size() + 1;
        numbers.put(note, next);
        return new Ref(next, true);
    }
}
