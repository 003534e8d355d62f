package org.rapporteur.pipeline.stage.paragraphs;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.rapporteur.model.Line;

/**
 * How a document's paragraphs open: the first words of the lines that start a paragraph where nothing
 * else cut the text (not right after a page break or a note block), and how preambular paragraphs open in
 * each language: Russian ones in lower case with a verbal adverb ("признавая", "ссылаясь"), Arabic ones with
 * "وإذ" or "…منها", English, French and Spanish ones with a participle ("Recalling", "Convaincue",
 * "Reconociendo") or one of a few adjectives ("Mindful"). After a page cut at a comma, text that opens like
 * none of them is the paragraph the cut broke going on ("…Other Cruel," | "Inhuman or Degrading Treatment").
 */
final class Openings {
    /**
     * A Russian verbal adverb, in lower case as a preamble opens: признавая, приветствуя, ссылаясь, будучи,
     * подтвердив. Not a noun in -ия ("образования") nor a participle in -йся ("начинающийся").
     */
    private static final Pattern VERBAL_ADVERB = Pattern.compile("[а-яё]*([аеёоуыэюя]я|ясь|учи|ючи|[аяеиы]в|вшись|вши)");
    /** Verbal adverbs that work as prepositions inside a sentence: "включая" is "including". */
    private static final Set<String> PREPOSITIONS = Set.of("включая", "начиная", "несмотря", "благодаря", "исключая",
            "спустя", "кончая", "которая");
    /** Words that join on to a sentence and never open a paragraph of a Russian resolution. */
    private static final Set<String> CONJUNCTIONS = Set.of("и", "а", "но", "или", "либо");
    /** How Arabic preambular paragraphs open: "وإذ تشير", "وإقراراً منها", "واقتناعاً منه". */
    private static final Pattern ARABIC_OPENING = Pattern.compile("^(و?إذ|\\S+\\s+منها?)(\\s|،|$)");
    /**
     * A participle or adjective that opens an English, French or Spanish preambular paragraph, first or after
     * an adverb: "Recalling", "Deeply concerned", "Rappelant", "Convaincue", "Recordando", "Consciente".
     */
    private static final Pattern LATIN_OPENING = Pattern.compile(
            "\\p{IsLatin}+(ing|ed|ant|ée?s?|ues?|ando|iendo|yendo|ad[ao]s?|id[ao]s?|ente)"
                    + "|mindful|aware|conscious|cognizant|desirous|anxious|confident|soucieu(se|x)|compte",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{M}]");
    /** Fewer openings than this say too little about the document. */
    private static final int ENOUGH = 5;
    /** Shorter words ("с", "в") open paragraphs only as the start of a phrase, and say nothing alone. */
    private static final int WORD = 3;

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
                String w = word(t.split("\\s+")[0]);
                if (w.length() >= WORD) {
                    words.add(w);
                }
                seen++;
            }
        }
        return new Openings(seen >= ENOUGH ? words : Set.of());
    }

    /**
     * Whether {@code text} may open a paragraph: its first word opens another paragraph of the document, or
     * it opens as preambular paragraphs do in its language. True where the document says too little, and
     * for Chinese and Japanese, whose words are not set apart by spaces.
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
        if (words.contains(word(first[0]))) {
            return true;
        }
        if (CONJUNCTIONS.contains(first[0])) {
            return false;
        }
        for (int k = 0; k < Math.min(3, first.length); k++) {
            // (as written: a Russian verbal adverb opens in lower case, a capital is a name)
            String w = NOT_LETTER.matcher(first[k]).replaceAll("");
            if (VERBAL_ADVERB.matcher(w).matches() && !PREPOSITIONS.contains(w)
                    || k < 2 && LATIN_OPENING.matcher(w).matches()) {
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
