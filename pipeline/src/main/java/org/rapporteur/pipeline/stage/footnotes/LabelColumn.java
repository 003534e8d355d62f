package org.rapporteur.pipeline.stage.footnotes;

import static org.rapporteur.pipeline.stage.footnotes.NoteLabels.labelAlone;
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
        while (k < end && labelAlone(lines.get(k))) {
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
     * The default mode's notes as poppler sometimes orders a page's two columns of numbers and texts: the
     * texts of the first notes, then each further number with its text, then the first notes' numbers
     * ("A/78/101." | "A/78/102." | "3" | "A/78/103." | "4" | "See Official Records…" (three lines) | "1" | "2").
     * Read from the page's end, {@code end} exclusive: the numbers left without a text at the end take, in
     * order, the texts above the first number, one note each (a note starts with a capital, a digit or a
     * quotation mark, after a line that ended a sentence); each other number takes the lines after it. Taken
     * only where the numbers, sorted, run on from {@code lastLabel}, the numbers without a text are the
     * smallest, and each number has a text; one number with one text only where a blank line sets them
     * apart. Null where the page does not end so.
     */
    NoteArea interleaved(List<Line> lines, int end, int lastLabel) {
        int page = lines.get(end - 1).page();
        int k = end - 1;
        List<Integer> textless = new ArrayList<>();
        while (k >= 0 && lines.get(k).page() == page && labelAlone(lines.get(k))) {
            textless.add(0, Integer.parseInt(labelOf(lines.get(k))));
            k--;
        }
        // each number with the lines after it, from the bottom up
        List<Integer> numbers = new ArrayList<>();
        List<List<Line>> texts = new ArrayList<>();
        List<Line> below = new ArrayList<>();
        int top = -1;
        for (; k >= 0 && lines.get(k).page() == page; k--) {
            Line line = lines.get(k);
            if (line.layout().rule() || line.layout().measured()) {
                return null;
            }
            if (labelAlone(line)) {
                if (below.size() > MAX_NOTE_LINES) {
                    // a mark alone on a body line far above: the notes start below it
                    break;
                }
                if (below.isEmpty()) {
                    // numbers one after another, then the texts: find() reads that shape
                    return null;
                }
                numbers.add(0, Integer.parseInt(labelOf(line)));
                texts.add(0, List.copyOf(below));
                below.clear();
                top = k;
            } else if (!line.text().isBlank()) {
                below.add(0, line);
            }
        }
        if (numbers.isEmpty() && textless.isEmpty()) {
            return null;
        }
        // the texts of the numbers left without one: the last notes above the first number
        int start = top >= 0 ? top : end - textless.size();
        List<List<Line>> orphans = new ArrayList<>();
        int line = start - 1;
        List<Line> group = new ArrayList<>();
        while (orphans.size() < textless.size() && line >= 0 && lines.get(line).page() == page) {
            Line l = lines.get(line);
            group.add(0, l);
            boolean opens = opensNote(l.text().strip());
            boolean afterEnd = line == 0 || lines.get(line - 1).page() != page || endsSentence(lines.get(line - 1).text().strip());
            if (opens && (afterEnd || orphans.size() == textless.size() - 1)) {
                if (!afterEnd && !l.layout().breakBefore() && line > 0 && lines.get(line - 1).page() == page
                        && lines.get(line - 1).layout().breakBefore()
                        && !labelAlone(lines.get(line - 1))) {
                    // the first note's text began a line earlier, where poppler set the notes apart by a blank
                    // line: a Chinese line opens as a note does anywhere ("见《…行动纲" | "领》执行情况…")
                    line--;
                    group.add(0, lines.get(line));
                }
                orphans.add(0, List.copyOf(group));
                group.clear();
                start = line;
            }
            if (group.size() > MAX_NOTE_LINES) {
                return null;
            }
            line--;
        }
        if (orphans.size() != textless.size()) {
            return null;
        }
        List<Integer> all = new ArrayList<>(textless);
        all.addAll(numbers);
        List<Integer> sorted = all.stream().sorted().toList();
        for (int n = 1; n < sorted.size(); n++) {
            if (sorted.get(n) != sorted.get(n - 1) + 1) {
                return null;
            }
        }
        if (sorted.get(0) != lastLabel + 1 && sorted.get(0) != 1
                || !textless.equals(sorted.subList(0, textless.size()).stream().toList())
                || sorted.size() == 1 && !blankBetween(lines, start, end)) {
            return null;
        }
        // each number with its text, in the order of the numbers
        java.util.SortedMap<Integer, LineJoiner.Joining> byNumber = new java.util.TreeMap<>();
        for (int n = 0; n < textless.size(); n++) {
            byNumber.put(textless.get(n), joinLines(orphans.get(n)));
        }
        for (int n = 0; n < numbers.size(); n++) {
            byNumber.put(numbers.get(n), joinLines(texts.get(n)));
        }
        return new NoteArea(start, end, page, joined(byNumber.keySet().stream().map(String::valueOf).toList(),
                List.copyOf(byNumber.values())));
    }

    /** The most lines one note takes here: more, and the number is a mark alone on a body line. */
    private static final int MAX_NOTE_LINES = 6;

    private LineJoiner.Joining joinLines(List<Line> lines) {
        LineJoiner.Joining j = joiner.start();
        lines.forEach(l -> j.add(l.content()));
        return j;
    }

    /**
     * How a note's text opens: anything but a lower-case letter ("A/78/101.", "See …", "«…»", "第 70/1 号决议。");
     * a wrapped note's next line goes on in lower case ("and the related reports…").
     */
    private static boolean opensNote(String text) {
        return !text.isEmpty() && !Character.isLowerCase(text.codePointAt(0));
    }

    /** Text that ends a sentence (a note's last line): a full stop, or a closing bracket or quotation mark. */
    private static boolean endsSentence(String text) {
        return !text.isEmpty() && ".)»”\"。".indexOf(text.charAt(text.length() - 1)) >= 0;
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

    /** {@code -layout}: each number, then its text indented further than the number. */
    private NoteArea layoutColumns(List<Line> lines, int start, int end, int lastLabel) {
        List<String> labels = new ArrayList<>();
        List<LineJoiner.Joining> bodies = new ArrayList<>();
        for (int t = start; t < end; t++) {
            Line line = lines.get(t);
            if (labelAlone(line) && (labels.isEmpty() || nextLabel(labels, labelOf(line)))) {
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
