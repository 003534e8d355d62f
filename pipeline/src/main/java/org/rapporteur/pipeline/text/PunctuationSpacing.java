package org.rapporteur.pipeline.text;

/**
 * Whether the document sets a space before {@code ; : ! ? »}, as French does ("parties prenantes ;"): a line
 * that starts with one of them then joins the line above with a space, as the rest of the text is written.
 * Learnt from the document's own lines, only when first asked.
 */
final class PunctuationSpacing {
    private static final String MARKS = ";:!?»";
    private final Iterable<String> texts;
    private Boolean spaced;

    PunctuationSpacing(Iterable<String> texts) {
        this.texts = texts;
    }

    /** Whether {@code mark} is one the document writes after a space, in most of the places it occurs. */
    boolean spacedBefore(int mark) {
        if (MARKS.indexOf(mark) < 0) {
            return false;
        }
        if (spaced == null) {
            spaced = learn();
        }
        return spaced;
    }

    private boolean learn() {
        int withSpace = 0;
        int without = 0;
        for (String t : texts) {
            for (int i = 1; i < t.length(); i++) {
                if (MARKS.indexOf(t.charAt(i)) >= 0 && (i + 1 == t.length() || Character.isWhitespace(t.charAt(i + 1)))) {
                    char before = t.charAt(i - 1);
                    if (before == ' ' || before == '\u00A0' || before == '\u202F') {
                        withSpace++;
                    } else if (Character.isLetterOrDigit(before) || before == ')' || before == '»') {
                        without++;
                    }
                }
            }
        }
        return withSpace > without;
    }
}
