package org.rapporteur.pipeline.stage.footnotes;

import static org.rapporteur.pipeline.stage.footnotes.NoteLabels.LABEL_AND_TEXT;
import static org.rapporteur.pipeline.stage.footnotes.NoteLabels.gluedLabel;
import static org.rapporteur.pipeline.stage.footnotes.NoteLabels.nextLabel;
import static org.rapporteur.pipeline.stage.footnotes.NoteLabels.joined;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Line;
import org.rapporteur.model.Text;
import org.rapporteur.pipeline.text.LineJoiner;

/**
 * Notes without a separator rule, as plain pdftotext prints them: a block of numbered lines at a page's
 * foot, {@code 1 A/CONF.157/24…} or with the number glued to the text, {@code 2见第 55/2 号决议。}.
 */
final class PageEndBlock {
    private final LineJoiner joiner;
    private final Predicate<String> closing;
    /** What after a number makes it no note (see {@link NoteLabels#notANote}). */
    private final java.util.regex.Pattern notANote;

    /** {@code closing}: the document's closing lines ({@code 1 December 2023}), which are no notes. */
    PageEndBlock(LineJoiner joiner, Predicate<String> closing, java.util.regex.Pattern notANote) {
        this.joiner = joiner;
        this.closing = closing;
        this.notANote = notANote;
    }

    /**
     * A block of lines {@code 1 A/CONF.157/24…}, {@code 2 See…}, labels in sequence from the next expected
     * one, ending where a blank line, a rule or a page ends it; or a glued block (see {@link #glued}).
     */
    NoteArea numbered(List<Line> lines, int start, int lastLabel) {
        Matcher first = LABEL_AND_TEXT.matcher(lines.get(start).text().strip());
        if (closing.test(lines.get(start).text())) {
            return null;
        }
        if (!first.matches() || notANote.matcher(first.group(2)).lookingAt()) {
            return glued(lines, start, lastLabel);
        }
        if (Character.isLowerCase(first.group(2).codePointAt(0))) {
            return null; // "2 of resolution 60/1, …" at the top of a page goes on a sentence; notes open with a capital
        }
        int label = Integer.parseInt(first.group(1));
        if (label != 1 && label != lastLabel + 1) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        List<LineJoiner.Joining> bodies = new ArrayList<>();
        int page = lines.get(start).page();
        int i = start;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.page() != page || line.layout().rule() || (i > start && line.layout().breakBefore())
                    || closing.test(line.text())) {
                break;
            }
            Matcher m = LABEL_AND_TEXT.matcher(line.text().strip());
            if (m.matches() && nextLabel(labels, m.group(1)) && !notANote.matcher(m.group(2)).lookingAt()) {
                labels.add(m.group(1));
                bodies.add(joiner.start(List.of(new Text(m.group(2)))));
            } else {
                bodies.get(bodies.size() - 1).add(line.content());
            }
        }
        return new NoteArea(start, i, page, joined(labels, bodies));
    }

    /**
     * pdftotext prints a page's notes as "1A/CONF.157/24…", "2见第 55/2 号决议。": each number glued to its
     * text, in sequence, the block ending the page. Only a block that runs to the page's end counts, so a
     * body paragraph starting with a number is never taken for notes.
     */
    NoteArea glued(List<Line> lines, int start, int lastLabel) {
        int page = lines.get(start).page();
        List<String> labels = new ArrayList<>();
        List<LineJoiner.Joining> bodies = new ArrayList<>();
        int i = start;
        for (; i < lines.size() && lines.get(i).page() == page && !lines.get(i).layout().rule(); i++) {
            String text = lines.get(i).text().strip();
            String label = gluedLabel(text, labels, lastLabel);
            // "1. Calls upon…" or Arabic "1 - يطلب…" at a page's foot is an operative paragraph, not note 1;
            // a number followed by a space is not glued to anything (numbered() read it, if a note).
            String rest = label == null ? "" : text.substring(label.length());
            if (label == null || notANote.matcher(rest.stripLeading()).lookingAt()
                    || Character.isDigit(rest.charAt(0)) || Character.isWhitespace(rest.charAt(0))) {
                return null;
            }
            labels.add(label);
            bodies.add(joiner.start(Inlines.dropPrefix(lines.get(i).content(), label.length())));
        }
        boolean pageEnds = i >= lines.size() || lines.get(i).page() != page;
        boolean sameSize = !lines.get(start).layout().measured();
        return pageEnds && sameSize && !labels.isEmpty() ? new NoteArea(start, i, page, joined(labels, bodies)) : null;
    }
}
