package org.rapporteur.pipeline.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a hyphen at a line end is a hyphenation (removed) or a real hyphen (kept), by
 * evidence from the same document first: if {@code development} occurs elsewhere, {@code develop-|ment}
 * was hyphenated; if {@code well-being} occurs, the hyphen in {@code well-|being} is real.
 * A document none of whose line-end splits is evidenced as hyphenation keeps every other hyphen (a word
 * processor does not hyphenate by default). In one that hyphenates, without evidence of the whole word, a
 * capital or digit after the hyphen ({@code Non-|Self-Governing}, {@code COVID-|19}), a compound on
 * either side ({@code c’est-|à-dire}), two words the document also writes alone ({@code интерсекс-|люди}),
 * a Russian word of the document before it ({@code страны-|хозяева}) or a prefix that English writes with
 * a hyphen ({@code twenty-|seventh}) keeps it; otherwise it is taken as hyphenation.
 * <p>
 * Where the document does not settle it, the language's spelling dictionary does, before those rules:
 * a split whose whole word it knows and whose hyphenated compound it does not is hyphenation
 * ({@code ad-|ministering}), even in a document that shows no other; one whose compound it knows and whose
 * whole word it does not keeps its hyphen ({@code vingt-|septième}, {@code страны-|хозяева}). A split the
 * rules alone decided in a hyphenating document is a guess, kept for the document's report
 * ({@link #guesses()}).
 */
final class Dehyphenator {
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
    /** Shorter fragments ("in-|formation") are as likely syllables as words. */
    private static final int MIN_WORD = 3;
    private final Iterable<String> texts;
    /** Prefixes that are written with a hyphen and are never a syllable break of a longer word. */
    private final Set<String> hyphenPrefixes;
    private final Lexicon lexicon;
    /** The splits decided by the rules alone, as printed ("vingt-|septième"), with what was decided. */
    private final Set<String> guesses = new java.util.LinkedHashSet<>();
    private Set<String> words;
    private Set<String> compounds;
    /** Whether the document breaks words at line ends: one split at least is a word it writes whole elsewhere. */
    private boolean hyphenates;

    /** The evidence is read from {@code texts} only when a line-end hyphen first needs a decision. */
    Dehyphenator(Iterable<String> texts, Set<String> hyphenPrefixes, Lexicon lexicon) {
        this.texts = texts;
        this.hyphenPrefixes = hyphenPrefixes;
        this.lexicon = lexicon;
    }

    private void learn() {
        words = new HashSet<>();
        compounds = new HashSet<>();
        boolean afterHyphen = false;
        java.util.List<String[]> splits = new java.util.ArrayList<>();
        String fragment = null;
        for (String t : texts) {
            String line = t.strip().toLowerCase(Locale.ROOT);
            boolean endsWithHyphen = line.endsWith("-") || line.endsWith("\u00AD");
            Matcher m = WORD.matcher(line);
            boolean first = true;
            String lastFragment = null;
            while (m.find()) {
                String w = m.group();
                // The pieces of a word a line-end hyphen split ("develop-" | "ment") are no evidence of words.
                boolean startPiece = first && afterHyphen;
                boolean endPiece = endsWithHyphen && m.end() == line.length() - 1;
                if (startPiece && fragment != null) {
                    splits.add(new String[] {fragment, w});
                }
                if (endPiece) {
                    lastFragment = w.substring(w.lastIndexOf('-') + 1);
                }
                first = false;
                if (startPiece || endPiece) {
                    continue;
                }
                if (w.indexOf('-') >= 0) {
                    compounds.add(w);
                    for (String part : w.split("-")) {
                        words.add(part);
                    }
                } else {
                    words.add(w);
                }
            }
            afterHyphen = endsWithHyphen;
            fragment = lastFragment;
        }
        hyphenates = splits.stream().anyMatch(x -> x[1].indexOf('-') < 0 && words.contains(x[0] + x[1])
                && !compounds.contains(x[0] + "-" + x[1]));
    }

    /** Whether the hyphen between {@code before} (the word fragment ending the line) and {@code after} stays. */
    boolean keepHyphen(String before, String after) {
        if (after.isEmpty() || !Character.isLetter(after.codePointAt(0)) || Character.isUpperCase(after.codePointAt(0))) {
            return true;
        }
        if (words == null) {
            learn();
        }
        String b = before.toLowerCase(Locale.ROOT);
        String a = after.toLowerCase(Locale.ROOT);
        String lastPart = b.substring(b.lastIndexOf('-') + 1);
        if (compounds.contains(b + "-" + a) || compounds.contains(lastPart + "-" + a)) {
            return true;
        }
        if (a.indexOf('-') < 0 && words.contains(lastPart + a)) {
            return false;
        }
        // the dictionary knows both the whole word and the compound
        boolean bothKnown = false;
        if (lexicon.present() && a.indexOf('-') < 0) {
            // as printed: Hunspell accepts a capitalised form of a word it knows, not a name in lower case
            String part = before.substring(before.lastIndexOf('-') + 1);
            boolean whole = lexicon.knows(part + after);
            boolean compound = lexicon.knows(part + "-" + after);
            if (whole != compound) {
                // (before the prefixes: "ex-|tremism" is "extremism", "ex-|President" keeps its capital)
                if (compound && Character.isUpperCase(part.codePointAt(0))) {
                    // a capitalised first part is a name as often as a compound: "Gang-|won" is a place the
                    // dictionary does not know, and "Gang" and "won" are words of its
                    guesses.add(before + "-|" + after + " (hyphen kept)");
                }
                return compound;
            }
            bothKnown = whole;
        }
        if (hyphenPrefixes.contains(lastPart)) {
            return true;
        }
        if (!hyphenates) {
            // Nothing shows the document breaking words at line ends (a word processor does not, by
            // default): its line-end hyphens are its own, also where the dictionary knows both ("ad-ministering":
            // "ad", "ministering").
            return true;
        }
        if (bothKnown) {
            // a document that breaks words at line ends broke this one too
            return false;
        }
        // Two words the document writes on their own are a compound ("интерсекс-|люди"), not syllables.
        boolean twoWords = lastPart.length() >= MIN_WORD && a.length() >= MIN_WORD && words.contains(lastPart) && words.contains(a);
        // Russian splits syllables, which leave no word of four letters before the hyphen: a word of the
        // document there is the first of a compound ("страны-|хозяева", "государств-|членов").
        boolean russianWord = lastPart.length() > MIN_WORD && Character.UnicodeScript.of(lastPart.codePointAt(0))
                == Character.UnicodeScript.CYRILLIC && words.contains(lastPart);
        boolean keep = twoWords || russianWord || b.indexOf('-') >= 0 || a.indexOf('-') >= 0;
        guesses.add(before + "-|" + after + (keep ? " (hyphen kept)" : " (joined)"));
        return keep;
    }

    /** The splits decided by rule without evidence of the document or its dictionary, in the order met. */
    java.util.List<String> guesses() {
        return java.util.List.copyOf(guesses);
    }

    /** The dictionary this document's hyphens are checked against. */
    Lexicon lexicon() {
        return lexicon;
    }

    /**
     * Whether two runs of letters a line break split in Chinese or Japanese text are one word: the document
     * writes them together elsewhere ("CO" | "VID-19" where "COVID-19" occurs; never "United" | "Nations").
     */
    boolean oneWord(String before, String after) {
        if (words == null) {
            learn();
        }
        String b = before.toLowerCase(Locale.ROOT);
        String a = after.toLowerCase(Locale.ROOT);
        return !b.isEmpty() && !a.isEmpty() && words.contains(b + a);
    }
}
