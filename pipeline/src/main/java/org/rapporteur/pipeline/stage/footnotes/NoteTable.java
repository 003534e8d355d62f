package org.rapporteur.pipeline.stage.footnotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rapporteur.model.Note;

/**
 * The notes found in a document by label, and which of them have been referenced. A label printed on
 * several pages (numbering restarted) resolves to the body on the mark's page, else the latest before it.
 */
final class NoteTable {
    private final Map<String, List<NoteArea>> areasByLabel = new LinkedHashMap<>();
    private final Map<NoteArea, Map<String, Note>> notesByArea = new LinkedHashMap<>();
    private final Set<Note> referenced = new HashSet<>();

    NoteTable(List<NoteArea> areas) {
        for (NoteArea a : areas) {
            Map<String, Note> byLabel = new HashMap<>();
            for (Note n : a.notes()) {
                byLabel.putIfAbsent(n.label(), n);
                areasByLabel.computeIfAbsent(n.label(), k -> new ArrayList<>()).add(a);
            }
            notesByArea.put(a, byLabel);
        }
    }

    boolean has(String label) {
        return areasByLabel.containsKey(label);
    }

    /**
     * Whether a number glued to a word can be the mark {@code label}: a note has that label and it is
     * either referenced already or the lowest label not yet referenced. This keeps {@code G77} a name.
     */
    boolean plausibleGluedMark(String label) {
        if (!has(label)) {
            return false;
        }
        Note note = areasByLabel.get(label).get(0).notes().stream()
                .filter(n -> n.label().equals(label)).findFirst().orElseThrow();
        if (referenced.contains(note)) {
            return true;
        }
        int lowest = Integer.MAX_VALUE;
        for (String l : areasByLabel.keySet()) {
            boolean anyUnreferenced = areasByLabel.get(l).stream()
                    .anyMatch(a -> !referenced.contains(notesByArea.get(a).get(l)));
            if (anyUnreferenced && NoteLabels.digits(l)) {
                lowest = Math.min(lowest, Integer.parseInt(l));
            }
        }
        return NoteLabels.digits(label) && Integer.parseInt(label) == lowest;
    }

    /** Whether {@code label} is the lowest label no mark has referred to yet. */
    boolean isNext(String label) {
        return has(label) && NoteLabels.digits(label) && !referencedLabel(label) && plausibleGluedMark(label);
    }

    private boolean referencedLabel(String label) {
        return areasByLabel.get(label).stream().allMatch(a -> referenced.contains(notesByArea.get(a).get(label)));
    }

    /** The note a mark on {@code page} refers to, marked as referenced. */
    Note resolve(String label, int page) {
        List<NoteArea> areas = areasByLabel.get(label);
        NoteArea chosen = areas.get(0);
        for (NoteArea a : areas) {
            if (a.page() <= page) {
                chosen = a;
            }
        }
        Note note = notesByArea.get(chosen).get(label);
        referenced.add(note);
        return note;
    }

    /** Notes no mark referred to, with the area that printed them. */
    Map<Note, NoteArea> unreferenced() {
        Map<Note, NoteArea> out = new LinkedHashMap<>();
        for (var e : notesByArea.entrySet()) {
            for (Note n : e.getKey().notes()) {
                if (!referenced.contains(n)) {
                    out.put(n, e.getKey());
                }
            }
        }
        return out;
    }
}
