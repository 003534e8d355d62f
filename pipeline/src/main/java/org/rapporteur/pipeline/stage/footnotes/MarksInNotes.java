package org.rapporteur.pipeline.stage.footnotes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rapporteur.model.Emphasis;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Mark;
import org.rapporteur.model.Note;
import org.rapporteur.model.NoteRef;
import org.rapporteur.model.Text;
import org.rapporteur.model.Warning;

/**
 * Reference marks printed inside a note's own text ("See note ³"): a mark naming another note becomes a
 * reference to it, as in the body; one naming no note, or the note itself, is kept as its text with a
 * warning, never glued to the number before it unnoticed. Only one level: a note that itself holds marks
 * is not a target, so notes cannot refer to each other in a circle.
 */
final class MarksInNotes {
    /** The areas with their notes' marks resolved, and the notes some note refers to. */
    record Result(List<NoteArea> areas, Set<Note> targets) {
    }

    private final List<NoteArea> areas;
    private final List<Warning> warnings;
    private final Set<Note> targets = new LinkedHashSet<>();

    private MarksInNotes(List<NoteArea> areas, List<Warning> warnings) {
        this.areas = areas;
        this.warnings = warnings;
    }

    static Result resolve(List<NoteArea> areas, List<Warning> warnings) {
        MarksInNotes m = new MarksInNotes(areas, warnings);
        List<NoteArea> out = new ArrayList<>();
        for (NoteArea a : areas) {
            List<Note> notes = a.notes().stream()
                    .map(n -> hasMark(n.content()) ? new Note(n.label(), m.resolve(n.content(), n, a)) : n).toList();
            out.add(new NoteArea(a.start(), a.end(), a.page(), notes));
        }
        return new Result(out, m.targets);
    }

    private List<Inline> resolve(List<Inline> content, Note in, NoteArea area) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : content) {
            if (i instanceof Mark mark) {
                Note target = mark.label().equals(in.label()) ? null : target(mark.label(), area);
                if (target != null) {
                    targets.add(target);
                    out.add(new NoteRef(target));
                } else {
                    warnings.add(new Warning(Warning.Kind.ORPHAN_MARK, "reference mark " + mark.label()
                            + " inside footnote " + in.label() + " on page " + area.page()
                            + " refers to no other footnote; kept as text"));
                    out.add(new Text(mark.label()));
                }
            } else if (i instanceof Emphasis e) {
                out.add(new Emphasis(e.style(), resolve(e.content(), in, area)));
            } else {
                out.add(i);
            }
        }
        return Inlines.normalize(out);
    }

    /** The note labelled so: on the same page, else the latest page before, else the first; none if it holds marks. */
    private Note target(String label, NoteArea from) {
        Note found = null;
        for (NoteArea a : areas) {
            for (Note n : a.notes()) {
                if (n.label().equals(label) && (found == null || a.page() <= from.page())) {
                    found = n;
                }
            }
        }
        return found == null || hasMark(found.content()) ? null : found;
    }

    private static boolean hasMark(List<Inline> content) {
        return content.stream().anyMatch(i -> i instanceof Mark || i instanceof Emphasis e && hasMark(e.content()));
    }
}
