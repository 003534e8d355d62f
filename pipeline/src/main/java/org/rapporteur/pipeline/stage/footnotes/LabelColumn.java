package org.rapporteur.pipeline.stage.footnotes;

import static org.rapporteur.pipeline.stage.footnotes.NoteLabels.LABEL_ONLY;
import static org.rapporteur.pipeline.stage.footnotes.NoteLabels.labelOf;
import static org.rapporteur.pipeline.stage.footnotes.NoteLabels.nextLabel;
import static org.rapporteur.pipeline.stage.footnotes.NoteLabels.joined;

import java.util.ArrayList;
import java.util.List;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Line;
import org.rapporteur.pipeline.text.LineJoiner;

/**
 * poppler's pdftotext sets a page's notes, which a word processor prints as number, tab, text, in two
 * columns: {@code -layout} gives the number on a line and the text indented under it, the default mode
 * gives the numbers, then the texts, one line each. Taken only where the block runs to the page's end
 * (a form feed) in text that has pages, with the numbers in sequence: a mark alone on a body line is
 * never that.
 */
final class LabelColumn {
    private final LineJoiner joiner;

    LabelColumn(LineJoiner joiner) {
        this.joiner = joiner;
    }

    /** The notes from {@code start} to the page's end, or null where the lines are not such a block. */
    NoteArea find(List<Line> lines, int start, int lastLabel) {
        int page = lines.get(start).page();
        int end = start;
        while (end < lines.size() && lines.get(end).page() == page && !lines.get(end).layout().rule()) {
            end++;
        }
        if (end < lines.size() && lines.get(end).page() == page) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        int k = start;
        while (k < end && lines.get(k).content().size() == 1 && LABEL_ONLY.matcher(lines.get(k).text().strip()).matches()) {
            String label = labelOf(lines.get(k));
            if (!(labels.isEmpty() ? Integer.parseInt(label) == lastLabel + 1 || label.equals("1") : nextLabel(labels, label))) {
                return null;
            }
            labels.add(label);
            k++;
        }
        if (labels.size() > 1 && end - k == labels.size()) {
            List<LineJoiner.Joining> bodies = new ArrayList<>();
            for (int t = k; t < end; t++) {
                bodies.add(joiner.start(Inlines.strip(lines.get(t).content())));
            }
            return new NoteArea(start, end, page, joined(labels, bodies));
        }
        return layoutColumns(lines, start, end, lastLabel);
    }

    /** {@code -layout}: each number, then its text indented further than the number. */
    private NoteArea layoutColumns(List<Line> lines, int start, int end, int lastLabel) {
        List<String> labels = new ArrayList<>();
        List<LineJoiner.Joining> bodies = new ArrayList<>();
        for (int t = start; t < end; t++) {
            Line line = lines.get(t);
            String text = line.text().strip();
            if (line.content().size() == 1 && LABEL_ONLY.matcher(text).matches()
                    && (labels.isEmpty() || nextLabel(labels, labelOf(line)))) {
                labels.add(labelOf(line));
                bodies.add(joiner.start(List.of()));
            } else if (!labels.isEmpty() && line.layout().indent() >= NoteAreaFinder.BODY_INDENT) {
                bodies.get(bodies.size() - 1).add(line.content());
            } else {
                return null;
            }
        }
        boolean complete = !labels.isEmpty() && bodies.stream().noneMatch(LineJoiner.Joining::isEmpty)
                && (Integer.parseInt(labels.get(0)) == lastLabel + 1 || labels.get(0).equals("1"));
        return complete ? new NoteArea(start, end, lines.get(start).page(), joined(labels, bodies)) : null;
    }
}
