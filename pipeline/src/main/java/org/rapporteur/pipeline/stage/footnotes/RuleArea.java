package org.rapporteur.pipeline.stage.footnotes;

import static org.rapporteur.pipeline.stage.footnotes.NoteLabels.LABEL_AND_TEXT;
import static org.rapporteur.pipeline.stage.footnotes.NoteLabels.LABEL_ONLY;
import static org.rapporteur.pipeline.stage.footnotes.NoteLabels.gluedLabel;
import static org.rapporteur.pipeline.stage.footnotes.NoteLabels.lastLabel;
import static org.rapporteur.pipeline.stage.footnotes.NoteLabels.lastWithNotes;
import static org.rapporteur.pipeline.stage.footnotes.NoteLabels.leadingMark;
import static org.rapporteur.pipeline.stage.footnotes.NoteLabels.nextLabel;
import static org.rapporteur.pipeline.stage.footnotes.NoteLabels.joined;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Line;
import org.rapporteur.model.Note;
import org.rapporteur.model.Text;
import org.rapporteur.pipeline.text.LineJoiner;

/**
 * The notes after a separator rule: {@code 1} alone on a line and the text on the next, {@code 1 text},
 * a superscript and the text, or the number glued to the text as PDFs print it. The area ends where the
 * body resumes (an indent of two or more) or the page ends; the top of it may go on with the last note
 * of the page before.
 */
final class RuleArea {
    private final LineJoiner joiner;
    private final Predicate<String> closing;

    /** {@code closing}: the document's closing lines, which follow a last page's notes and are no notes. */
    RuleArea(LineJoiner joiner, Predicate<String> closing) {
        this.joiner = joiner;
        this.closing = closing;
    }

    /**
     * A note that runs over a page break goes on at the top of the next page's notes, without a label:
     * those lines are joined to the last note found so far. Returns the first line after them.
     */
    int continuePreviousNote(List<Line> lines, int start, int page, List<NoteArea> areas) {
        NoteArea previous = lastWithNotes(areas);
        if (previous == null || start >= lines.size() || page == previous.page()) {
            return start;
        }
        int i = start;
        LineJoiner.Joining more = joiner.start();
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text().strip();
            if (line.page() != page || line.layout().rule() || line.layout().indent() >= NoteAreaFinder.BODY_INDENT
                    || leadingMark(line) != null || LABEL_ONLY.matcher(text).matches()
                    || gluedLabel(text, List.of(), lastLabel(areas)) != null
                    || LABEL_AND_TEXT.matcher(text).matches()) {
                break;
            }
            more.add(line.content());
        }
        if (!more.isEmpty()) {
            List<Note> notes = new ArrayList<>(previous.notes());
            Note last = notes.remove(notes.size() - 1);
            notes.add(new Note(last.label(), joiner.join(last.content(), more.inlines())));
            areas.set(areas.indexOf(previous), new NoteArea(previous.start(), previous.end(), previous.page(), notes));
        }
        return i;
    }

    /** The notes from {@code start} on {@code page}; the area ends with the page. */
    NoteArea notesFrom(List<Line> lines, int start, int page, int lastLabel) {
        List<String> labels = new ArrayList<>();
        List<LineJoiner.Joining> bodies = new ArrayList<>();
        int i = start;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.page() != page || line.layout().rule() || closing.test(line.text())) {
                break; // (the closing lines after a last page's notes are the body's again)
            }
            String text = line.text().strip();
            Matcher only = LABEL_ONLY.matcher(text);
            Matcher withText = LABEL_AND_TEXT.matcher(text);
            if (leadingMark(line) != null) {
                labels.add(leadingMark(line));
                bodies.add(joiner.start(Inlines.strip(line.content().subList(1, line.content().size()))));
            } else if (only.matches() && line.content().size() == 1) {
                labels.add(only.group(1));
                bodies.add(joiner.start(List.of()));
            } else if (line.layout().indent() >= NoteAreaFinder.BODY_INDENT) {
                break;
            } else if (withText.matches() && nextLabel(labels, withText.group(1))
                    && (labels.isEmpty() || !bodies.get(bodies.size() - 1).isEmpty())) {
                labels.add(withText.group(1));
                bodies.add(joiner.start(List.of(new Text(withText.group(2)))));
            } else if (gluedLabel(text, labels, lastLabel) != null) {
                // PDF notes print the number against the text: 1A/HRC/24/56。
                String label = gluedLabel(text, labels, lastLabel);
                labels.add(label);
                bodies.add(joiner.start(Inlines.dropPrefix(line.content(), label.length())));
            } else if (labels.isEmpty()) {
                break;
            } else {
                bodies.get(bodies.size() - 1).add(line.content());
            }
        }
        return new NoteArea(start, i, page, joined(labels, bodies));
    }
}
