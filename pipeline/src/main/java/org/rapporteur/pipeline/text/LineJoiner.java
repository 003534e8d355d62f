package org.rapporteur.pipeline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Script;
import org.rapporteur.model.Text;

/**
 * Joins two lines of one paragraph by script: no space where either side of the seam is Chinese or
 * Japanese, one space between words of spaced scripts, and a line-end hyphen resolved by the
 * {@link Dehyphenator} where the script hyphenates (Latin, Cyrillic; Arabic is not hyphenated).
 */
public final class LineJoiner {
    private final Dehyphenator hyphens;
    private final PunctuationSpacing spacing;

    private LineJoiner(Dehyphenator hyphens, PunctuationSpacing spacing) {
        this.hyphens = hyphens;
        this.spacing = spacing;
    }

    /**
     * A joiner that decides by what the document's own {@code lines} show, its words and its spacing, and by
     * the prefixes its language writes with a hyphen ({@code non-}, {@code twenty-}).
     */
    public static LineJoiner of(Iterable<String> lines, Set<String> hyphenPrefixes) {
        return of(lines, hyphenPrefixes, Lexicon.NONE);
    }

    /** {@link #of(Iterable, Set)} with the language's spelling dictionary for the hyphens the lines do not settle. */
    public static LineJoiner of(Iterable<String> lines, Set<String> hyphenPrefixes, Lexicon lexicon) {
        return new LineJoiner(new Dehyphenator(lines, hyphenPrefixes, lexicon), new PunctuationSpacing(lines));
    }

    /**
     * The line-end hyphens this joiner decided by rule alone, neither the document nor its dictionary
     * settling them ({@code "vingt-|septième (hyphen kept)"}), in the order met: doubts for the report.
     */
    public List<String> guessedHyphens() {
        return hyphens.guesses();
    }

    /** The dictionary the joiner checks line-end hyphens against ({@link Lexicon#NONE} where there is none). */
    public Lexicon lexicon() {
        return hyphens.lexicon();
    }

    /** {@code left} and {@code right} joined as two lines of one paragraph. */
    public List<Inline> join(List<Inline> left, List<Inline> right) {
        if (left.isEmpty()) {
            return Inlines.strip(right);
        }
        return start(left).add(right).inlines();
    }

    /** How many characters before a seam it looks at: more than any word of the six languages. */
    private static final int SEAM = 64;

    /** A paragraph to build line by line. */
    public Joining start() {
        return new Joining(List.of());
    }

    /** A paragraph to build line by line that opens with {@code first} as it is (not stripped). */
    public Joining start(List<Inline> first) {
        return new Joining(first);
    }

    /**
     * A paragraph being joined line by line. Each seam is decided by the few characters on either side of it
     * and by whether the paragraph so far holds Chinese or Japanese, kept as it grows: a paragraph of n lines
     * costs time in proportion to its length, not n times it (a 16,000-line paragraph took 30 s when every
     * seam rescanned the text before it).
     */
    public final class Joining {
        private final List<Inline> inlines = new ArrayList<>();
        private boolean han;

        private Joining(List<Inline> start) {
            inlines.addAll(Inlines.normalize(start));
            han = hasHan(Inlines.plainText(start));
        }

        public boolean isEmpty() {
            return inlines.isEmpty();
        }

        /** Adds {@code line} as the paragraph's next line. */
        public Joining add(List<Inline> line) {
            List<Inline> r = Inlines.strip(line);
            if (inlines.isEmpty()) {
                inlines.addAll(r);
                han = hasHan(Inlines.plainText(r));
                return this;
            }
            if (r.isEmpty()) {
                return this;
            }
            String before = TextEnds.lastText(inlines, SEAM);
            String after = TextEnds.firstText(r);
            if (endsWithHyphenation(before, after)) {
                String fragment = lastWord(before.substring(0, before.length() - 1));
                if (!hyphens.keepHyphen(fragment, firstWord(after))) {
                    TextEnds.dropLastCharInPlace(inlines);
                }
            } else if (needsSpace(before, after, han || hasHan(after))) {
                inlines.add(new Text(" "));
            }
            inlines.addAll(r);
            han = han || hasHan(Inlines.plainText(r));
            return this;
        }

        /** The plain text of at most the paragraph's last {@code chars} characters (what a seam or cut looks at). */
        public String tail(int chars) {
            return TextEnds.lastText(inlines, chars);
        }

        /** The paragraph so far, in canonical form. */
        public List<Inline> inlines() {
            return Inlines.normalize(inlines);
        }
    }

    private static boolean endsWithHyphenation(String before, String after) {
        if (before.length() < 2 || after.isEmpty()) {
            return false;
        }
        char h = before.charAt(before.length() - 1);
        if (h != '-' && h != '\u00AD' && h != '\u2010') {
            return false;
        }
        Script s = Script.of(before.codePointBefore(before.length() - 1));
        return s != null && s.hyphenates() && Character.isLetterOrDigit(after.codePointAt(0));
    }

    private boolean needsSpace(String before, String after, boolean han) {
        if (before.isEmpty() || after.isEmpty()) {
            return false;
        }
        int b = before.codePointBefore(before.length());
        int a = after.codePointAt(0);
        if (Character.isWhitespace(b) || Character.isWhitespace(a)) {
            return false;
        }
        if (ATTACHES_LEFT.indexOf(a) >= 0) {
            // (French sets a space before ";", and a line may break there: "parties prenantes" | "; …")
            return spacing.spacedBefore(a);
        }
        // A hyphen or dash set close on its left is set close on its right: "30-" | "minute", "15–" | "27 августа",
        // "детей—" | "без".
        if ("-‐–—".indexOf(b) >= 0 && before.length() > 1 && !Character.isWhitespace(before.charAt(before.length() - 2))) {
            return false;
        }
        // An em dash after a space, where the document sets its dashes against what they enclose, opens a
        // parenthesis: "prácticas —" | "como los mecanismos—,".
        if (b == '\u2014' && before.length() > 1 && Character.isWhitespace(before.charAt(before.length() - 2))
                && Character.isLetterOrDigit(a) && spacing.dashesEnclose()) {
            return false;
        }
        if (Script.isIdeographic(b) || Script.isIdeographic(a)) {
            return false;
        }
        // In Chinese or Japanese text a line breaks anywhere, inside numbers too ("7" / "7/27") and inside
        // a Latin word ("CO" / "VID-19"): only two words of a spaced script are kept apart.
        if (han) {
            return Character.isLetter(b) && Character.isLetter(a) && !hyphens.oneWord(lastWord(before), firstWord(after));
        }
        return true;
    }

    /** Punctuation that follows a word without a space: a line starting with it joins on to the last. */
    private static final String ATTACHES_LEFT = ",.;:!?)]}»”’،؛";

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(Script::isIdeographic);
    }

    private static String lastWord(String s) {
        int i = s.length();
        while (i > 0 && (Character.isLetter(s.charAt(i - 1)) || s.charAt(i - 1) == '-')) {
            i--;
        }
        return s.substring(i);
    }

    /** The first word, with the rest of its compound if it is one ({@code à-dire}). */
    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && (Character.isLetter(s.charAt(i))
                || s.charAt(i) == '-' && i > 0 && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1)))) {
            i++;
        }
        return s.substring(0, i);
    }
}
