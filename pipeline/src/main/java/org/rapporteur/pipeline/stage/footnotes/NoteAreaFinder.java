package org.rapporteur.pipeline.stage.footnotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Line;
import org.rapporteur.model.Mark;
import org.rapporteur.model.Note;
import org.rapporteur.model.Text;
import org.rapporteur.pipeline.language.LanguageProfile;
import org.rapporteur.pipeline.stage.paragraphs.LineJoiner;

/**
 * Finds the footnote bodies wherever the page break dropped them. Two shapes:
 * <ul>
 * <li>after a separator rule: {@code 1} alone on a line and the text on the next, or {@code 1 text};
 * the area ends where the body resumes (an indent of two or more, a new page);</li>
 * <li>without a rule: a run of lines each opening with a superscript mark ({@code ¹ A/CONF.157/24…}).</li>
 * </ul>
 */
final class NoteAreaFinder {
    private static final Pattern LABEL_ONLY = Pattern.compile("^\\(?(\\d{1,3})\\)?$");
    private static final Pattern LABEL_AND_TEXT = Pattern.compile("^\\(?(\\d{1,3})\\)?\\s+(\\S.*)$");
    /** Text after a number that makes it a paragraph number or a quantity, not a note: {@code 1 - }, {@code 3 月}. */
    private static final Pattern NOT_A_NOTE = Pattern.compile("^[-–.)）]|^[年月日号項项条款段]");
    /** Where the body resumes after a footnote area in spaced text: two leading spaces. */
    private static final int BODY_INDENT = 2;

    private final LineJoiner joiner;
    private final LanguageProfile profile;

    /** {@code profile}: the document's language, whose closing lines ({@code 1 December 2023}) are no notes. */
    NoteAreaFinder(LineJoiner joiner, LanguageProfile profile) {
        this.joiner = joiner;
        this.profile = profile;
    }

    /**
     * A closing line: a date such as {@code 1 December 2023}, whose day reads like a note number, or the
     * meeting, which most languages print first, right after the last page's notes.
     */
    private boolean isClosing(String text) {
        return profile.isDate(text) || profile.isMeeting(text);
    }

    List<NoteArea> find(List<Line> lines) {
        List<NoteArea> areas = new ArrayList<>();
        float body = bodySize(lines);
        boolean pages = !lines.isEmpty() && lines.get(lines.size() - 1).page() > 1;
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            NoteArea area = null;
            if (line.layout().rule()) {
                int start = continuePreviousNote(lines, i + 1, line.page(), areas);
                area = afterRule(lines, start, line.page(), lastLabel(areas));
                if (area.notes().isEmpty() && start > i + 1) {
                    area = new NoteArea(i + 1, start, line.page(), List.of());
                    areas.add(area);
                    i = start;
                    continue;
                }
                area = new NoteArea(i + 1, area.end(), area.page(), area.notes());
            } else if (opensWithSuperscript(line) && !bodySized(line, body)) {
                area = superscriptRun(lines, i);
            } else if (pages && line.content().size() == 1 && LABEL_ONLY.matcher(line.text().strip()).matches()
                    && (area = labelColumn(lines, i, lastLabel(areas))) != null) {
                // the page's notes as poppler sets them; area holds them
            } else if (line.layout().breakBefore()) {
                area = numberedBlock(lines, i, lastLabel(areas));
            } else if (startsWithDigit(line.text().strip())) {
                area = gluedBlockAtPageEnd(lines, i, lastLabel(areas));
            }
            if (area != null && !area.notes().isEmpty()) {
                areas.add(area);
                i = area.end();
            } else {
                i++;
            }
        }
        return areas;
    }

    /**
     * A measured line (PDF) at the body's size is body text even when it opens with a raised mark: the
     * mark of the line above, wrapped to this one ("…的成果文件，| ⁵ 其中强调…"). Notes are set smaller.
     */
    private static boolean bodySized(Line line, float body) {
        return line.layout().fontSize() > 0 && body > 0 && line.layout().fontSize() >= 0.95f * body;
    }

    /** The font size of most measured text, 0 for plain text. */
    private static float bodySize(List<Line> lines) {
        java.util.Map<Double, Integer> chars = new java.util.HashMap<>();
        for (Line l : lines) {
            if (l.layout().fontSize() > 0) {
                chars.merge(l.layout().fontSize(), l.text().length(), Integer::sum);
            }
        }
        return chars.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(e -> e.getKey().floatValue()).orElse(0f);
    }

    private static boolean startsWithDigit(String text) {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    /**
     * A note that runs over a page break goes on at the top of the next page's notes, without a label:
     * those lines are joined to the last note found so far. Returns the first line after them.
     */
    private int continuePreviousNote(List<Line> lines, int start, int page, List<NoteArea> areas) {
        NoteArea previous = areas.stream().filter(a -> !a.notes().isEmpty()).reduce((a, b) -> b).orElse(null);
        if (previous == null || start >= lines.size() || page == previous.page()) {
            return start;
        }
        int i = start;
        List<Inline> more = new ArrayList<>();
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text().strip();
            if (line.page() != page || line.layout().rule() || line.layout().indent() >= BODY_INDENT
                    || leadingMark(line) != null || LABEL_ONLY.matcher(text).matches()
                    || gluedLabel(text, List.of(), lastLabel(areas)) != null
                    || LABEL_AND_TEXT.matcher(text).matches()) {
                break;
            }
            more = joiner.join(more, line.content());
        }
        if (!more.isEmpty()) {
            List<Note> notes = new ArrayList<>(previous.notes());
            Note last = notes.remove(notes.size() - 1);
            notes.add(new Note(last.label(), joiner.join(last.content(), more)));
            areas.set(areas.indexOf(previous), new NoteArea(previous.start(), previous.end(), previous.page(), notes));
        }
        return i;
    }

    /** The notes after a rule on {@code page}; the area ends with the page. */
    private NoteArea afterRule(List<Line> lines, int start, int page, int lastLabel) {
        List<String> labels = new ArrayList<>();
        List<List<Inline>> bodies = new ArrayList<>();
        int i = start;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.page() != page || line.layout().rule() || isClosing(line.text())) {
                break; // (the closing lines after a last page's notes are the body's again)
            }
            String text = line.text().strip();
            Matcher only = LABEL_ONLY.matcher(text);
            Matcher withText = LABEL_AND_TEXT.matcher(text);
            if (leadingMark(line) != null) {
                labels.add(leadingMark(line));
                bodies.add(Inlines.strip(line.content().subList(1, line.content().size())));
            } else if (only.matches() && line.content().size() == 1) {
                labels.add(only.group(1));
                bodies.add(List.of());
            } else if (line.layout().indent() >= BODY_INDENT) {
                break;
            } else if (withText.matches() && nextLabel(labels, withText.group(1))
                    && (labels.isEmpty() || !bodies.get(bodies.size() - 1).isEmpty())) {
                labels.add(withText.group(1));
                bodies.add(List.of(new Text(withText.group(2))));
            } else if (gluedLabel(text, labels, lastLabel) != null) {
                // PDF notes print the number against the text: 1A/HRC/24/56。
                String label = gluedLabel(text, labels, lastLabel);
                labels.add(label);
                bodies.add(Inlines.dropPrefix(line.content(), label.length()));
            } else if (labels.isEmpty()) {
                break;
            } else {
                int last = bodies.size() - 1;
                bodies.set(last, joiner.join(bodies.get(last), line.content()));
            }
        }
        return new NoteArea(start, i, page, notes(labels, bodies));
    }

    private NoteArea superscriptRun(List<Line> lines, int start) {
        List<String> labels = new ArrayList<>();
        List<List<Inline>> bodies = new ArrayList<>();
        int i = start;
        while (i < lines.size() && opensWithSuperscript(lines.get(i))) {
            Line line = lines.get(i);
            labels.add(leadingMark(line));
            bodies.add(Inlines.strip(line.content().subList(1, line.content().size())));
            i++;
        }
        return new NoteArea(start, i, lines.get(start).page(), notes(labels, bodies));
    }

    /**
     * poppler's pdftotext sets a page's notes, which a word processor prints as number, tab, text, in two
     * columns: {@code -layout} gives the number on a line and the text indented under it, the default mode
     * gives the numbers, then the texts, one line each. Taken only where the block runs to the page's end
     * (a form feed) in text that has pages, with the numbers in sequence: a mark alone on a body line is
     * never that.
     */
    private NoteArea labelColumn(List<Line> lines, int start, int lastLabel) {
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
        List<List<Inline>> bodies = new ArrayList<>();
        if (labels.size() > 1 && end - k == labels.size()) {
            for (int t = k; t < end; t++) {
                bodies.add(Inlines.strip(lines.get(t).content()));
            }
            return new NoteArea(start, end, page, notes(labels, bodies));
        }
        // -layout: each number, then its text indented further than the number.
        labels.clear();
        for (int t = start; t < end; t++) {
            Line line = lines.get(t);
            String text = line.text().strip();
            if (line.content().size() == 1 && LABEL_ONLY.matcher(text).matches()
                    && (labels.isEmpty() || nextLabel(labels, labelOf(line)))) {
                labels.add(labelOf(line));
                bodies.add(List.of());
            } else if (!labels.isEmpty() && line.layout().indent() >= BODY_INDENT) {
                int last = bodies.size() - 1;
                bodies.set(last, joiner.join(bodies.get(last), line.content()));
            } else {
                return null;
            }
        }
        boolean complete = !labels.isEmpty() && bodies.stream().noneMatch(List::isEmpty)
                && (Integer.parseInt(labels.get(0)) == lastLabel + 1 || labels.get(0).equals("1"));
        return complete ? new NoteArea(start, end, page, notes(labels, bodies)) : null;
    }

    private static String labelOf(Line line) {
        Matcher m = LABEL_ONLY.matcher(line.text().strip());
        return m.matches() ? m.group(1) : "";
    }

    /** {@code 53 号》…} wrapping inside a note is not note 53: a new label follows the previous one. */
    private static boolean nextLabel(List<String> labels, String label) {
        return labels.isEmpty() || Integer.parseInt(label) == Integer.parseInt(labels.get(labels.size() - 1)) + 1;
    }

    /**
     * Plain pdftotext output has no separator: a block of lines {@code 1 A/CONF.157/24…}, {@code 2 See…},
     * labels in sequence from the next expected one, ending where a blank line, a rule or a page ends it.
     */
    private NoteArea numberedBlock(List<Line> lines, int start, int lastLabel) {
        Matcher first = LABEL_AND_TEXT.matcher(lines.get(start).text().strip());
        if (isClosing(lines.get(start).text())) {
            return null;
        }
        if (!first.matches() || NOT_A_NOTE.matcher(first.group(2)).lookingAt()) {
            return gluedBlockAtPageEnd(lines, start, lastLabel);
        }
        if (Character.isLowerCase(first.group(2).codePointAt(0))) {
            return null; // "2 of resolution 60/1, …" at the top of a page goes on a sentence; notes open with a capital
        }
        int label = Integer.parseInt(first.group(1));
        if (label != 1 && label != lastLabel + 1) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        List<List<Inline>> bodies = new ArrayList<>();
        int page = lines.get(start).page();
        int i = start;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.page() != page || line.layout().rule() || (i > start && line.layout().breakBefore())
                    || isClosing(line.text())) {
                break;
            }
            Matcher m = LABEL_AND_TEXT.matcher(line.text().strip());
            if (m.matches() && nextLabel(labels, m.group(1)) && !NOT_A_NOTE.matcher(m.group(2)).lookingAt()) {
                labels.add(m.group(1));
                bodies.add(List.of(new Text(m.group(2))));
            } else {
                int last = bodies.size() - 1;
                bodies.set(last, joiner.join(bodies.get(last), line.content()));
            }
        }
        return new NoteArea(start, i, page, notes(labels, bodies));
    }

    /**
     * The number a note line starts with, glued to its text, when it is the number expected next (the
     * first note, the one after the previous note, or 1 where numbering restarts): {@code 12009年…} read
     * as note 1 when note 1 is expected.
     */
    private static String gluedLabel(String text, List<String> labels, int lastLabel) {
        int expected = labels.isEmpty() ? lastLabel + 1 : Integer.parseInt(labels.get(labels.size() - 1)) + 1;
        // The expected number first, at any length ("13A/78/113." is note 13, not a restart at 1).
        String restart = null;
        for (int k = 1; k <= 3 && k < text.length(); k++) {
            String prefix = text.substring(0, k);
            if (!prefix.chars().allMatch(Character::isDigit)) {
                break;
            }
            int n = Integer.parseInt(prefix);
            if (n == expected) {
                return prefix;
            }
            if (labels.isEmpty() && n == 1 && restart == null) {
                restart = prefix;
            }
        }
        return restart;
    }

    /**
     * pdftotext prints a page's notes as "1A/CONF.157/24…", "2见第 55/2 号决议。": each number glued to its
     * text, in sequence, the block ending the page. Only a block that runs to the page's end counts, so a
     * body paragraph starting with a number is never taken for notes.
     */
    private NoteArea gluedBlockAtPageEnd(List<Line> lines, int start, int lastLabel) {
        int page = lines.get(start).page();
        List<String> labels = new ArrayList<>();
        List<List<Inline>> bodies = new ArrayList<>();
        int i = start;
        for (; i < lines.size() && lines.get(i).page() == page && !lines.get(i).layout().rule(); i++) {
            String text = lines.get(i).text().strip();
            String label = gluedLabel(text, labels, lastLabel);
            // "1. Calls upon…" or Arabic "1 - يطلب…" at a page's foot is an operative paragraph, not note 1;
            // a number followed by a space is not glued to anything (numberedBlock read it, if a note).
            String rest = label == null ? "" : text.substring(label.length());
            if (label == null || NOT_A_NOTE.matcher(rest.stripLeading()).lookingAt()
                    || Character.isDigit(rest.charAt(0)) || Character.isWhitespace(rest.charAt(0))) {
                return null;
            }
            labels.add(label);
            bodies.add(Inlines.dropPrefix(lines.get(i).content(), label.length()));
        }
        boolean pageEnds = i >= lines.size() || lines.get(i).page() != page;
        boolean sameSize = lines.get(start).layout().fontSize() == 0;
        return pageEnds && sameSize && !labels.isEmpty() ? new NoteArea(start, i, page, notes(labels, bodies)) : null;
    }

    private static int lastLabel(List<NoteArea> areas) {
        NoteArea last = areas.stream().filter(a -> !a.notes().isEmpty()).reduce((a, b) -> b).orElse(null);
        if (last == null) {
            return 0;
        }
        List<Note> notes = last.notes();
        String label = notes.get(notes.size() - 1).label();
        return label.matches("\\d+") ? Integer.parseInt(label) : 0;
    }

    private static List<Note> notes(List<String> labels, List<List<Inline>> bodies) {
        List<Note> notes = new ArrayList<>();
        for (int k = 0; k < labels.size(); k++) {
            notes.add(new Note(labels.get(k), Inlines.strip(bodies.get(k))));
        }
        return notes;
    }

    /** A note line of clean extraction: a superscript mark, then the note's text. */
    private static boolean opensWithSuperscript(Line line) {
        return line.content().size() >= 2 && leadingMark(line) != null
                && line.content().get(1) instanceof Text t && !t.text().isBlank();
    }

    private static String leadingMark(Line line) {
        return !line.content().isEmpty() && line.content().get(0) instanceof Mark m ? m.label() : null;
    }
}
