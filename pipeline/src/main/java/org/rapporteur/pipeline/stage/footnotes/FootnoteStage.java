package org.rapporteur.pipeline.stage.footnotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rapporteur.model.Document;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Line;
import org.rapporteur.model.LineLayout;
import org.rapporteur.model.Mark;
import org.rapporteur.model.Note;
import org.rapporteur.model.NoteRef;
import org.rapporteur.model.Warning;
import org.rapporteur.pipeline.stage.Stage;
import org.rapporteur.pipeline.stage.StageContext;
import org.rapporteur.pipeline.text.LineJoiner;

/**
 * Finds footnote bodies, takes them out of the text flow and puts each note at its reference mark.
 * A footnote area is replaced by a rule line, so that the paragraph stage knows the text flow was cut
 * there. A mark alone on a line (pdftotext puts superscripts on their own line) joins the line before it.
 * A note nobody refers to is attached at the end of the text above it, with a warning; a note only
 * another note refers to stays there (see {@link MarksInNotes}).
 */
public final class FootnoteStage implements Stage {
    private static final Pattern DIGITS_ALONE = Pattern.compile("^\\d{1,3}$");

    @Override
    public Document apply(Document document, StageContext context) {
        List<Line> lines = document.blocks(Line.class);
        LineJoiner joiner = context.joiner();
        StageContext.Warnings warnings = context.warnings();
        MarksInNotes.Result found = MarksInNotes.resolve(new NoteAreaFinder(joiner,
                context.profile()).find(lines), warnings);
        List<NoteArea> areas = found.areas();
        NoteTable table = new NoteTable(areas);
        MarkResolver marks = new MarkResolver(table, context.profile(), warnings);
        Map<Integer, NoteArea> areaAt = new HashMap<>();
        areas.forEach(a -> areaAt.put(a.start(), a));
        Map<NoteArea, Integer> lineAbove = new HashMap<>();

        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            NoteArea area = areaAt.get(i);
            if (area != null) {
                lineAbove.put(area, lastTextLine(out));
                if (out.isEmpty() || !out.get(out.size() - 1).layout().rule()) {
                    out.add(boundary(lines.get(i)));
                }
                i = area.end() - 1;
                continue;
            }
            Line line = lines.get(i);
            List<String> markLabels = markOnly(line, table);
            int above = lastTextLine(out);
            if (markLabels != null && above >= 0) {
                Line prev = out.get(above);
                List<Inline> content = new ArrayList<>(prev.content());
                markLabels.forEach(l -> content.add(new NoteRef(table.resolve(l, line.page()))));
                out.set(above, prev.withContent(content));
                continue;
            }
            out.add(line.withContent(marks.resolve(line.content(), line.page(), nextText(lines, i + 1))));
        }
        org.rapporteur.model.Script script = context.profile().language().script();
        attachUnreferenced(table, found.targets(), lineAbove, out, warnings,
                script == org.rapporteur.model.Script.LATIN || script == org.rapporteur.model.Script.CYRILLIC,
                context.profile().words().counting());
        return document.withBlocks(out);
    }

    /** The text of the first line from {@code from} on that has any, or "". */
    private static String nextText(List<Line> lines, int from) {
        for (int k = from; k < lines.size(); k++) {
            String t = lines.get(k).text().strip();
            if (!t.isEmpty()) {
                return t;
            }
        }
        return "";
    }

    /** The labels of a line that is nothing but reference marks with notes, else null. */
    private static List<String> markOnly(Line line, NoteTable table) {
        List<String> labels = new ArrayList<>();
        for (Inline i : line.content()) {
            if (i instanceof Mark m && table.has(m.label())) {
                labels.add(m.label());
            } else if (i instanceof org.rapporteur.model.Text t && DIGITS_ALONE.matcher(t.text().strip()).matches()
                    && table.has(t.text().strip())) {
                labels.add(t.text().strip());
            } else if (!(i instanceof org.rapporteur.model.Text t2 && t2.text().isBlank())) {
                return null;
            }
        }
        return labels.isEmpty() ? null : labels;
    }

    private static int lastTextLine(List<Line> out) {
        for (int k = out.size() - 1; k >= 0; k--) {
            if (!out.get(k).layout().rule()) {
                return k;
            }
        }
        return -1;
    }

    /** The index of the first line of {@code out} on the page of line {@code at}. */
    private static int firstLineOfPage(List<Line> out, int at) {
        int k = at;
        while (k > 0 && out.get(k - 1).page() == out.get(at).page()) {
            k--;
        }
        return k;
    }

    private static Line boundary(Line at) {
        return new Line(at.page(), List.of(), LineLayout.rule(at.layout()));
    }

    /**
     * {@code spaced}: the document's script sets words apart by spaces, where pdftotext may have set a
     * superscript mark apart too (see {@link SpacedMarks}).
     */
    private static void attachUnreferenced(NoteTable table, Set<Note> referredFromNotes, Map<NoteArea, Integer> lineAbove,
                                           List<Line> out, List<Warning> warnings, boolean spaced,
                                           Set<String> counting) {
        for (Map.Entry<Note, NoteArea> e : table.unreferenced().entrySet()) {
            Note note = e.getKey();
            if (referredFromNotes.contains(note)) {
                continue;
            }
            int at = lineAbove.getOrDefault(e.getValue(), -1);
            if (spaced && at >= 0 && SpacedMarks.place(out, firstLineOfPage(out, at), at, note, counting)) {
                continue;
            }
            warnings.add(new Warning(Warning.Kind.ORPHAN_NOTE, "footnote " + note.label()
                    + " has no reference mark; attached at the end of the text above it"));
            if (at >= 0) {
                Line prev = out.get(at);
                List<Inline> content = new ArrayList<>(prev.content());
                content.add(new NoteRef(note));
                out.set(at, prev.withContent(content));
            }
        }
    }
}
