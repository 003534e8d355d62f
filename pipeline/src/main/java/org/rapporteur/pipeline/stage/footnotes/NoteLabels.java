package org.rapporteur.pipeline.stage.footnotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Inlines;
import org.rapporteur.pipeline.text.LineJoiner;
import org.rapporteur.model.Line;
import org.rapporteur.model.Mark;
import org.rapporteur.model.Note;
import org.rapporteur.model.Text;
import org.rapporteur.profile.LanguageProfile;

/** How a note's number is printed at the head of its body, and the order numbers come in. */
final class NoteLabels {
    /** A number alone on its line: {@code 1}, Arabic {@code (1)}, older UN documents {@code 1/}. */
    static final Pattern LABEL_ONLY = Pattern.compile("^\\(?(\\d{1,3})(?:\\)|/)?$");
    /** A number, a space, the note's text. */
    static final Pattern LABEL_AND_TEXT = Pattern.compile("^\\(?(\\d{1,3})(?:\\)|/)?\\s+(\\S.*)$");
    /**
     * Text after a number that makes it a paragraph number or a quantity, not a note: {@code 1 - }, {@code 3 月}
     * (the language's {@code counters}).
     */
    static Pattern notANote(LanguageProfile profile) {
        return NOT_A_NOTE.get(profile.language());
    }

    private static final java.util.Map<org.rapporteur.model.Language, Pattern> NOT_A_NOTE =
            byCounters(counters -> "^[-–.)）]|^" + counters);

    /**
     * A pattern made of each language's counters ({@code Words.counterClass}), compiled once for every
     * language rather than for every document.
     */
    static java.util.Map<org.rapporteur.model.Language, Pattern> byCounters(java.util.function.Function<String, String> regex) {
        java.util.Map<org.rapporteur.model.Language, Pattern> m = new java.util.EnumMap<>(org.rapporteur.model.Language.class);
        org.rapporteur.profile.Profiles.all().forEach(p -> m.put(p.language(), Pattern.compile(regex.apply(p.words().counterClass()))));
        return m;
    }

    private NoteLabels() {
    }

    /** A line that is a note's number and nothing else ("3", "(3)", "3/"), as a column of numbers sets it. */
    static boolean labelAlone(Line line) {
        return line.content().size() == 1 && LABEL_ONLY.matcher(line.text().strip()).matches();
    }

    /** The number of a line that holds only one, else "". */
    static String labelOf(Line line) {
        Matcher m = LABEL_ONLY.matcher(line.text().strip());
        return m.matches() ? m.group(1) : "";
    }

    /** {@code 53 号》…} wrapping inside a note is not note 53: a new label follows the previous one. */
    static boolean nextLabel(List<String> labels, String label) {
        return labels.isEmpty() || Integer.parseInt(label) == Integer.parseInt(labels.get(labels.size() - 1)) + 1;
    }

    /**
     * The number a note line starts with, glued to its text, when it is the number expected next (the
     * first note, the one after the previous note, or 1 where numbering restarts): {@code 12009年…} read
     * as note 1 when note 1 is expected.
     */
    static String gluedLabel(String text, List<String> labels, int lastLabel) {
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

    /** The last area found so far that holds notes, or null. */
    static NoteArea lastWithNotes(List<NoteArea> areas) {
        return areas.stream().filter(a -> !a.notes().isEmpty()).reduce((a, b) -> b).orElse(null);
    }

    /** The number of the last note found so far, 0 before any. */
    static int lastLabel(List<NoteArea> areas) {
        NoteArea last = lastWithNotes(areas);
        if (last == null) {
            return 0;
        }
        List<Note> notes = last.notes();
        String label = notes.get(notes.size() - 1).label();
        return digits(label) ? Integer.parseInt(label) : 0;
    }

    static List<Note> joined(List<String> labels, List<LineJoiner.Joining> bodies) {
        return notes(labels, bodies.stream().map(LineJoiner.Joining::inlines).toList());
    }

    static List<Note> notes(List<String> labels, List<List<Inline>> bodies) {
        List<Note> notes = new ArrayList<>();
        for (int k = 0; k < labels.size(); k++) {
            notes.add(new Note(labels.get(k), Inlines.strip(bodies.get(k))));
        }
        return notes;
    }

    /** A note line of clean extraction: a superscript mark, then the note's text. */
    static boolean opensWithSuperscript(Line line) {
        return line.content().size() >= 2 && leadingMark(line) != null
                && line.content().get(1) instanceof Text t && !t.text().isBlank();
    }

    static String leadingMark(Line line) {
        return !line.content().isEmpty() && line.content().get(0) instanceof Mark m ? m.label() : null;
    }

    /**
     * Whether {@code label} is ASCII digits only, as the pattern {@code \d+} asks (a loop: labels are
     * asked about at every candidate mark, and {@code String.matches} compiles its pattern every time).
     */
    static boolean digits(String label) {
        if (label.isEmpty()) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            if (!digit(label.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** What {@code \d} matches in the note patterns: an ASCII digit. */
    static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
