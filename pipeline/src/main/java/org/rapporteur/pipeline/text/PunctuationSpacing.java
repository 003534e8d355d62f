package org.rapporteur.pipeline.text;

/**
 * Whether the document sets a space before {@code ; : ! ? »}, as French does ("parties prenantes ;"): a line
 * that starts with one of them then joins the line above with a space, as the rest of the text is written.
 * And whether it sets a parenthetical dash against the words it encloses, as Spanish does ("prácticas —como
 * los mecanismos—,"): a line that ends with such an opening dash then joins the next without a space.
 * Learnt from the document's own lines, only when first asked.
 */
final class PunctuationSpacing {
    private static final String MARKS = ";:!?»";
    private final Iterable<String> texts;
    private Boolean spaced;
    private Boolean dashesEnclose;

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

    /**
     * Whether the document's em dashes are set against the words they enclose, against a word on one side only
     * ("—como", "legales—,"), more often than spaced on both sides ("practices — such"): a dash with a space
     * before it at a line's end then opens a parenthesis and goes with the next line's word.
     */
    boolean dashesEnclose() {
        if (dashesEnclose == null) {
            int enclosing = 0;
            int spacedDashes = 0;
            for (String t : texts) {
                for (int i = 1; i + 1 < t.length(); i++) {
                    if (t.charAt(i) == '\u2014') {
                        if (Character.isWhitespace(t.charAt(i - 1)) && Character.isWhitespace(t.charAt(i + 1))) {
                            spacedDashes++;
                        } else if (Character.isLetterOrDigit(t.charAt(i - 1)) != Character.isLetterOrDigit(t.charAt(i + 1))) {
                            enclosing++; // against a word on one side only: "—como", "legales—,"
                        }
                    }
                }
            }
            dashesEnclose = enclosing > spacedDashes;
        }
        return dashesEnclose;
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
