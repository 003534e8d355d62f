package org.rapporteur.pipeline.stage.paragraphs;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.rapporteur.model.Line;

/**
 * How a document's paragraphs open: the first words of the lines that start a paragraph where nothing
 * else cut the text (not right after a page break or a note block). Russian preambular paragraphs open in
 * lower case with a verbal adverb ("признавая", "ссылаясь"), Arabic ones with "وإذ" or "…منها": where capitals
 * cannot tell, text after a cut that opens like none of them is the paragraph the cut broke going on.
 */
final class Openings {
    /** A Russian verbal adverb: признавая, ссылаясь, будучи, подтвердив. */
    private static final Pattern VERBAL_ADVERB = Pattern.compile("\\p{IsCyrillic}+(я|ясь|ась|учи|ючи|в|вшись)");
    /** How Arabic preambular paragraphs open: "وإذ تشير", "وإقراراً منها", "واقتناعاً منه". */
    private static final Pattern ARABIC_OPENING = Pattern.compile("^(و?إذ|\\S+\\s+منها?)(\\s|،|$)");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{M}]");
    /** Fewer openings than this say too little about the document. */
    private static final int ENOUGH = 5;

    private final Set<String> words;

    private Openings(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    static Openings of(List<Line> lines) {
        Set<String> words = new HashSet<>();
        int seen = 0;
        for (int i = 1; i < lines.size(); i++) {
            Line l = lines.get(i);
            Line before = lines.get(i - 1);
            String t = l.text().strip();
            if (l.layout().breakBefore() && !t.isEmpty() && before.page() == l.page() && !before.layout().rule()
                    && Character.isLetter(t.codePointAt(0))) {
                words.add(word(t.split("\\s+")[0]));
                seen++;
            }
        }
        return new Openings(seen >= ENOUGH ? words : Set.of());
    }

    /**
     * Whether {@code text} may open a paragraph: one of its first three words opens another paragraph of
     * the document or is a verbal adverb, or it opens as Arabic preambular paragraphs do. True where the document says too little, and for Chinese and
     * Japanese, whose words are not set apart by spaces.
     */
    boolean mayOpen(String text) {
        String t = text.strip();
        if (words.isEmpty() || t.isEmpty() || isCjk(t.codePointAt(0))) {
            return true;
        }
        if (ARABIC_OPENING.matcher(t).find()) {
            return true;
        }
        String[] first = t.split("\\s+", 4);
        for (int k = 0; k < Math.min(3, first.length); k++) {
            String w = word(first[k]);
            if (words.contains(w) || VERBAL_ADVERB.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String word(String token) {
        return NOT_LETTER.matcher(token).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean isCjk(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }
}
