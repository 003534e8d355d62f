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

    /**
     * The default mode's notes as poppler sometimes orders a page's two columns, numbers and texts
     * interleaved ("Resolution 70/1." | "United Nations, …" | "5" | "Resolution S-27/2, annex." | "3" | "4"):
     * the shortest run of lines at the page's end, {@code end} exclusive, with as many texts as numbers, the
     * numbers in sequence once sorted and following {@code lastLabel}; each number takes a text in the order
     * the texts come. A note over two lines breaks the count, and the block is then not taken. Null where the
     * page does not end so.
     */
    NoteArea interleaved(List<Line> lines, int end, int lastLabel) {
        int page = lines.get(end - 1).page();
        int labels = 0;
        int texts = 0;
        int start = -1;
        for (int k = end - 1; k >= 0 && lines.get(k).page() == page && texts <= labels + MAX_NOTES; k--) {
            Line line = lines.get(k);
            if (line.layout().rule() || line.layout().measured()) {
                return null;
            }
            if (line.content().size() == 1 && LABEL_ONLY.matcher(line.text().strip()).matches()) {
                labels++;
            } else if (!line.text().isBlank()) {
                texts++;
            }
            boolean labelAbove = k > 0 && lines.get(k - 1).page() == page && lines.get(k - 1).content().size() == 1
                    && LABEL_ONLY.matcher(lines.get(k - 1).text().strip()).matches();
            if (labels > 0 && texts == labels && !labelAbove) {
                start = k;
                break;
            }
        }
        // one number and one text: only set apart by a blank line, as poppler sets its blocks apart ("6" | "" |
        // "United Nations, Treaty Series…"); a mark alone on a body line is followed by the text it is in
        if (start < 0 || labels == 1 && !blankBetween(lines, start, end)) {
            return null;
        }
        List<Integer> numbers = new ArrayList<>();
        List<LineJoiner.Joining> bodies = new ArrayList<>();
        for (int k = start; k < end; k++) {
            Line line = lines.get(k);
            if (line.content().size() == 1 && LABEL_ONLY.matcher(line.text().strip()).matches()) {
                numbers.add(Integer.parseInt(labelOf(line)));
            } else if (!line.text().isBlank()) {
                bodies.add(joiner.start(Inlines.strip(line.content())));
            }
        }
        List<Integer> sorted = numbers.stream().sorted().toList();
        for (int n = 1; n < sorted.size(); n++) {
            if (sorted.get(n) != sorted.get(n - 1) + 1) {
                return null;
            }
        }
        if (sorted.get(0) != lastLabel + 1 && sorted.get(0) != 1 || numbers.size() > 1 && sorted.equals(numbers) && isLabelsThenTexts(lines, start, numbers.size())) {
            // (numbers first, then the texts: find() reads that shape)
            return null;
        }
        return new NoteArea(start, end, page, joined(sorted.stream().map(String::valueOf).toList(), bodies));
    }

    /** Whether a line after {@code start} up to {@code end} follows a blank line (the reader marks it so). */
    private static boolean blankBetween(List<Line> lines, int start, int end) {
        for (int k = start + 1; k < end; k++) {
            if (lines.get(k).layout().breakBefore()) {
                return true;
            }
        }
        return false;
    }

    /** How many more texts than numbers the scan back from a page's end looks through. */
    private static final int MAX_NOTES = 12;

    private static boolean isLabelsThenTexts(List<Line> lines, int start, int count) {
        for (int k = start; k < start + count; k++) {
            if (!(lines.get(k).content().size() == 1 && LABEL_ONLY.matcher(lines.get(k).text().strip()).matches())) {
                return false;
            }
        }
        return true;
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
