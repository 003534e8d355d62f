package org.rapporteur.format.akn.internal;

import java.util.HashSet;
import java.util.Set;
import org.rapporteur.model.Note;
import org.rapporteur.model.NoteOrder;

/**
 * Note numbers (see {@link NoteOrder}) and where each note's {@code authorialNote} goes: at its first
 * reference in the text; later references, and references from inside other notes to a note the text
 * refers to, are {@code noteRef}s pointing at it (the UN files never reference a note twice, so this is
 * our choice, and the marker stays the same number readers saw). A note referred to only from inside
 * another note is an {@code authorialNote} there.
 */
public final class NoteMarkers {
    private final NoteOrder order;
    private final Set<Note> written = new HashSet<>();

    public NoteMarkers(NoteOrder order) {
        this.order = order;
    }

    /** The note's number, and whether its {@code authorialNote} is to be written here. */
    public record Ref(int number, boolean first) {
        public String eId() {
            return "authorialNote_" + number;
        }
    }

    /** A reference to {@code note}, from the text or ({@code insideNote}) from another note's content. */
    public Ref reference(Note note, boolean insideNote) {
        int number = order.number(note);
        boolean first = !(insideNote && order.inText(note)) && written.add(note);
        return new Ref(number, first);
    }
}
