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
 * counts things ("paragraph 2 of", "in 2 years": the language's {@code counting} words). Glued to a
 * year before it, the mark makes a longer number ("Sommet mondial de 20051, le sport", "l’horizon 20303,"),
 * or stands a space after it ("Cumbre Mundial 2005 1, el deporte"): a year of this century or the last,
 * then the note's own number, before punctuation or a lower-case word. Glued to a lower-case word it is
 * the note's number after letters ("Milenio2 se").
 */
final class SpacedMarks {
    /** What follows a mark: a lower-case word or an opening quotation mark or bracket, punctuation, the end. */
    private static final String THEN = "(?=\\s+[\\p{Ll}\"“«‘(]|\\s*[,.;:)]|\\s*$)";
    private static final Pattern SPACED = Pattern.compile("(?:(?<=[\\p{Pe}\\p{Pf},.;:])\\s*|(?<=\\p{L})\\s+)(\\d{1,3})" + THEN);
    private static final Pattern AFTER_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d\\s?(\\d{1,2})(?!\\d)" + THEN);
    /** Glued to the lower-case word before it, no space nor punctuation between ("la Declaración del Milenio2 se"). */
    private static final Pattern AFTER_WORD = Pattern.compile("(?<=\\p{Ll})(\\d{1,2})(?!\\d)" + THEN);
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\P{L}*$");
    private static final List<Pattern> SHAPES = List.of(SPACED, AFTER_YEAR, AFTER_WORD);

    private SpacedMarks() {
    }

    /** Puts {@code note} at its spaced mark in {@code out}'s lines {@code from..to}; whether it found one. */
    static boolean place(List<Line> out, int from, int to, Note note, Set<String> counting) {
        for (int k = Math.max(0, from); k <= to && k < out.size(); k++) {
            Line line = out.get(k);
            List<Inline> content = line.content();
            for (int i = 0; i < content.size(); i++) {
                if (content.get(i) instanceof Text t) {
                    for (Pattern shape : SHAPES) {
                        Matcher m = shape.matcher(t.text());
                        while (m.find()) {
                            // (the space poppler left before the mark is no text)
                            String before = t.text().substring(0, m.start(1)).stripTrailing();
                            if (m.group(1).equals(note.label()) && (shape != SPACED || !counting(before, counting))) {
                                List<Inline> marked = new ArrayList<>(content.subList(0, i));
                                marked.add(new Text(before));
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
        }
        return false;
    }

    private static boolean counting(String before, Set<String> counting) {
        Matcher m = LAST_WORD.matcher(before);
        return m.find() && counting.contains(m.group(1).toLowerCase(Locale.ROOT));
    }
}
