package org.rapporteur.pipeline.stage.footnotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Line;
import org.rapporteur.model.Note;
import org.rapporteur.model.NoteRef;
import org.rapporteur.model.Text;

/**
 * A last look for the mark of a note nothing refers to: poppler's pdftotext sets a superscript apart by
 * spaces in Latin and Cyrillic text ("Millennium Declaration 2 of an appeal", "Development, 3 sport"), or
 * glued to punctuation after a mark it missed ("Disabilities,6 in", taken only as the next note then).
 * Taken only for a note that would otherwise be an orphan, on the page that prints it, as the note's own
 * number between a word or punctuation and a lower-case word or punctuation, and not after a word that
 * counts things ("paragraph 2 of", "in 2 years": the language's {@code counting} words).
 */
final class SpacedMarks {
    private static final Pattern SPACED = Pattern.compile(
            "(?:(?<=[\\p{Pe}\\p{Pf},.;:])\\s*|(?<=\\p{L})\\s+)(\\d{1,3})(?=\\s+[\\p{Ll}\"“«‘(]|\\s*[,.;:)]|\\s*$)");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\P{L}*$");
    private SpacedMarks() {
    }

    /** Puts {@code note} at its spaced mark in {@code out}'s lines {@code from..to}; whether it found one. */
    static boolean place(List<Line> out, int from, int to, Note note, Set<String> counting) {
        for (int k = Math.max(0, from); k <= to && k < out.size(); k++) {
            Line line = out.get(k);
            List<Inline> content = line.content();
            for (int i = 0; i < content.size(); i++) {
                if (content.get(i) instanceof Text t) {
                    Matcher m = SPACED.matcher(t.text());
                    while (m.find()) {
                        if (m.group(1).equals(note.label()) && !counting(t.text().substring(0, m.start()), counting)) {
                            List<Inline> marked = new ArrayList<>(content.subList(0, i));
                            marked.add(new Text(t.text().substring(0, m.start())));
                            marked.add(new NoteRef(note));
                            marked.add(new Text(t.text().substring(m.end())));
                            marked.addAll(content.subList(i + 1, content.size()));
                            out.set(k, line.withContent(Inlines.normalize(marked)));
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean counting(String before, Set<String> counting) {
        Matcher m = LAST_WORD.matcher(before);
        return m.find() && counting.contains(m.group(1).toLowerCase(Locale.ROOT));
    }
}
