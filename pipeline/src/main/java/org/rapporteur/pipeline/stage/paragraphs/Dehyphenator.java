package org.rapporteur.pipeline.stage.paragraphs;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a hyphen at a line end is a hyphenation (removed) or a real hyphen (kept), by
 * evidence from the same document first: if {@code development} occurs elsewhere, {@code develop-|ment}
 * was hyphenated; if {@code well-being} occurs, the hyphen in {@code well-|being} is real.
 * Without evidence, a capital or digit after the hyphen ({@code Non-|Self-Governing}, {@code COVID-|19}),
 * a compound on either side ({@code c’est-|à-dire}) or a prefix that English writes with a hyphen keeps
 * it; otherwise it is taken as hyphenation.
 */
public final class Dehyphenator {
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");
    /** Prefixes that are written with a hyphen and are never a syllable break of a longer word. */
    private static final Set<String> HYPHEN_PREFIXES = Set.of("non", "self", "ex", "well", "cross", "anti", "quasi",
            "semi", "vice", "follow");
    private final Iterable<String> texts;
    private Set<String> words;
    private Set<String> compounds;

    /** The evidence is read from {@code texts} only when a line-end hyphen first needs a decision. */
    public Dehyphenator(Iterable<String> texts) {
        this.texts = texts;
    }

    private void learn() {
        words = new HashSet<>();
        compounds = new HashSet<>();
        for (String t : texts) {
            Matcher m = WORD.matcher(t.toLowerCase(Locale.ROOT));
            while (m.find()) {
                String w = m.group();
                if (w.indexOf('-') >= 0) {
                    compounds.add(w);
                    for (String part : w.split("-")) {
                        words.add(part);
                    }
                } else {
                    words.add(w);
                }
            }
        }
    }

    /** Whether the hyphen between {@code before} (the word fragment ending the line) and {@code after} stays. */
    public boolean keepHyphen(String before, String after) {
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
        return HYPHEN_PREFIXES.contains(lastPart) || b.indexOf('-') >= 0 || a.indexOf('-') >= 0;
    }
}
