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
 * counts things ("paragraph 2 of", "in 2 years").
 */
final class SpacedMarks {
    private static final Pattern SPACED = Pattern.compile(
            "(?:(?<=[\\p{Pe}\\p{Pf},.;:])\\s*|(?<=\\p{L})\\s+)(\\d{1,3})(?=\\s+[\\p{Ll}\"“«‘(]|\\s*[,.;:)]|\\s*$)");
    private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\P{L}*$");
    /** Words a number after them counts or names: no mark follows them. */
    private static final Set<String> COUNTING = Set.of(
            "paragraph", "paragraphs", "para", "paras", "article", "articles", "resolution", "resolutions",
            "decision", "decisions", "item", "items", "goal", "goals", "target", "targets", "principle",
            "principles", "rule", "rules", "chapter", "chap", "section", "sect", "annex", "no", "nos", "vol", "page",
            "pages", "p", "pp", "session", "part", "parts", "table", "figure", "option", "step", "phase", "level",
            "category", "protocol", "in", "of", "for", "the", "to", "with", "at", "by", "on", "from", "and", "or",
            "than", "over", "under", "about", "all", "some", "only", "least", "most", "up", "paragraphe",
            "résolution", "décision", "point", "points", "objectif", "cible", "chapitre", "annexe", "par", "de",
            "du", "des", "le", "la", "les", "à", "au", "aux", "en", "et", "ou", "sur", "dans", "pour", "avec",
            "párrafo", "artículo", "resolución", "decisión", "tema", "objetivo", "meta", "capítulo", "sección",
            "anexo", "del", "el", "los", "las", "a", "al", "y", "o", "con", "por", "пункт", "пункта", "пунктом",
            "статья", "статьи", "резолюция", "резолюции", "решение", "решения", "цель", "цели", "глава", "раздел",
            "приложение", "в", "на", "с", "по", "и", "или", "до", "от", "к", "из", "за");

    private SpacedMarks() {
    }

    /** Puts {@code note} at its spaced mark in {@code out}'s lines {@code from..to}; whether it found one. */
    static boolean place(List<Line> out, int from, int to, Note note) {
        for (int k = Math.max(0, from); k <= to && k < out.size(); k++) {
            Line line = out.get(k);
            List<Inline> content = line.content();
            for (int i = 0; i < content.size(); i++) {
                if (content.get(i) instanceof Text t) {
                    Matcher m = SPACED.matcher(t.text());
                    while (m.find()) {
                        if (m.group(1).equals(note.label()) && !counting(t.text().substring(0, m.start()))) {
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

    private static boolean counting(String before) {
        Matcher m = LAST_WORD.matcher(before);
        return m.find() && COUNTING.contains(m.group(1).toLowerCase(Locale.ROOT));
    }
}
