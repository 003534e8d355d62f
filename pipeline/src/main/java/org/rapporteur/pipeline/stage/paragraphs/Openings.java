package org.rapporteur.pipeline.stage.paragraphs;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.rapporteur.model.Line;
import org.rapporteur.model.Script;
import org.rapporteur.profile.PreambleOpenings;

/**
 * How a document's paragraphs open: the first words of the lines that start a paragraph where nothing
 * else cut the text (not right after a page break or a note block), and how preambular paragraphs open in
 * each language: Russian ones in lower case with a verbal adverb ("признавая", "ссылаясь"), Arabic ones with
 * "وإذ" or "…منها", English, French and Spanish ones with a participle ("Recalling", "Convaincue",
 * "Reconociendo") or one of a few adjectives ("Mindful"). After a page cut at a comma, text that opens like
 * none of them is the paragraph the cut broke going on ("…Other Cruel," | "Inhuman or Degrading Treatment").
 */
final class Openings {
    /** Compiled once: String.split compiles its pattern on every call, on every line. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{M}]");
    /** Fewer openings than this say too little about the document. */
    private static final int ENOUGH = 5;
    /** Shorter words ("с", "в") open paragraphs only as the start of a phrase, and say nothing alone. */
    private static final int WORD = 3;

    private final Set<String> words;
    /** How the language's preambular paragraphs open (its data file's {@code openings}). */
    private final PreambleOpenings language;

    private Openings(Set<String> words, PreambleOpenings language) {
        this.words = Set.copyOf(words);
        this.language = language;
    }

    static Openings of(List<Line> lines, PreambleOpenings language) {
        Set<String> words = new HashSet<>();
        int seen = 0;
        for (String t : ParagraphBreaks.uncutStarts(lines)) {
            if (Character.isLetter(t.codePointAt(0))) {
                String w = Script.isCjk(t.codePointAt(0)) ? cjkOpening(t, language) : word(t.split("\\s+")[0]);
                if (w.length() >= WORD || Script.isCjk(t.codePointAt(0))) {
                    words.add(w);
                }
                seen++;
            }
        }
        return new Openings(seen >= ENOUGH ? words : Set.of(), language);
    }

    /**
     * Whether {@code text} may open a paragraph: its first word opens another paragraph of the document, or
     * it opens as preambular paragraphs do in its language (Chinese by its first two characters). True where
     * the document says too little.
     */
    boolean mayOpen(String text) {
        String t = text.strip();
        if (words.isEmpty() || t.isEmpty()) {
            return true;
        }
        if (Script.isCjk(t.codePointAt(0))) {
            String opening = cjkOpening(t, language);
            return words.contains(opening) || language.cjkVerbs().contains(opening);
        }
        if (language.start().matcher(t).find()) {
            return true;
        }
        String[] first = SPACES.split(t, 4);
        if (words.contains(word(first[0]))) {
            return true;
        }
        if (language.joining().contains(first[0])) {
            return false;
        }
        for (int k = 0; k < Math.min(3, first.length); k++) {
            // (as written: a Russian verbal adverb opens in lower case, a capital is a name)
            String w = NOT_LETTER.matcher(first[k]).replaceAll("");
            if (leading(w) || k < 2 && language.word().matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} opens as the language's preambular paragraphs open, by the language's data
     * alone and strictly: its first word, capitalised ("Recalling") or as the data writes it (Russian
     * "ссылаясь"), an opening verb of Chinese or Japanese, or the language's opening phrase (Arabic
     * "وإذ"). Plain text without indents or blank lines has nothing else to tell a paragraph's start
     * after a line that ends at a comma.
     */
    boolean opensPreambular(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        int c = t.codePointAt(0);
        if (Script.isCjk(c)) {
            return language.cjkVerbs().contains(cjkOpening(t, language));
        }
        if (language.start().matcher(t).find()) {
            return true;
        }
        String w = NOT_LETTER.matcher(SPACES.split(t, 2)[0]).replaceAll("");
        // (a Russian verbal adverb opens in lower case, as its data writes it; other words need a capital)
        return Character.isUpperCase(c) && language.word().matcher(w).matches()
                || leading(w);
    }

    /** A word that opens a paragraph among its first words, as written (a Russian verbal adverb). */
    private boolean leading(String w) {
        return (language.leadingWord().matcher(w).matches() || language.leadingWords().contains(w))
                && !language.notLeading().contains(w);
    }

    /** The first two characters of Chinese or Japanese text after the words that go before an opening verb. */
    private static String cjkOpening(String text, PreambleOpenings language) {
        String t = language.cjkPrefix().matcher(text).replaceFirst("");
        return t.substring(0, Math.min(2, t.length()));
    }

    private static String word(String token) {
        return NOT_LETTER.matcher(token).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
