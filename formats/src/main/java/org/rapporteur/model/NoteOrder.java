package org.rapporteur.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order writers number a document's notes in: by first reference in the text, and a note referred
 * to only from inside another note right after that note. This is the order Word numbers footnotes in
 * (by where their mark sits in the body), so every writer gives a note the same number.
 */
public final class NoteOrder {
    private final Map<Note, Integer> numbers = new LinkedHashMap<>();
    private final Set<Note> inText;

    private NoteOrder(List<Note> text) {
        this.inText = Set.copyOf(text);
        for (Note n : text) {
            add(n);
        }
    }

    public static NoteOrder of(Document document) {
        List<Note> text = new ArrayList<>();
        for (Block b : document.blocks()) {
            if (b instanceof Line l) {
                Inlines.collectNotes(l.content(), text);
            } else if (b instanceof Paragraph p) {
                Inlines.collectNotes(p.content(), text);
            } else if (b instanceof Preambular p) {
                Inlines.collectNotes(p.content(), text);
            } else if (b instanceof Operative o) {
                Inlines.collectNotes(o.content(), text);
                o.points().forEach(p -> Inlines.collectNotes(p.content(), text));
            }
        }
        return new NoteOrder(text);
    }

    private void add(Note note) {
        if (numbers.containsKey(note)) {
            return;
        }
        numbers.put(note, numbers.size() + 1);
        List<Note> inside = new ArrayList<>();
        Inlines.collectNotes(note.content(), inside);
        inside.stream().filter(n -> !inText.contains(n)).forEach(this::add);
    }

    /** The note's number, from 1; notes the document does not hold have none. */
    public int number(Note note) {
        Integer n = numbers.get(note);
        if (n == null) {
            throw new IllegalArgumentException("note " + note.label() + " is not in this document");
        }
        return n;
    }

    /** Whether the note has a reference in the text itself, not only inside other notes. */
    public boolean inText(Note note) {
        return inText.contains(note);
    }

    /** The notes in number order. */
    public List<Note> notes() {
        return List.copyOf(numbers.keySet());
    }
}
