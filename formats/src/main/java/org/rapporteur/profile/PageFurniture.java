package org.rapporteur.profile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of page furniture on UN documents, compiled once from the data files ({@code shared.yaml} and
 * every language's {@code furniture}): the furniture stage drops such lines, and the PDF reader measures
 * no paragraph gap from them.
 */
public final class PageFurniture {
    private static final SharedFurniture SHARED = Profiles.shared();
    /** A document symbol alone on a line: {@code A/RES/65/218}, {@code A/HRC/RES/50/4}, {@code E/CN.4/2001/2}. */
    public static final Pattern SYMBOL = Pattern.compile("^(?:" + SHARED.symbol().pattern() + ")$");
    /** A running header at a page top: the symbol, then the running title. */
    public static final Pattern SYMBOL_THEN_TITLE = Pattern.compile(
            "^(?:" + SHARED.symbol().pattern() + ")\\s+\\S.*$");
    /** A running header or footer: the symbol and the running title, a wide gap between them, either way round. */
    public static final Pattern SYMBOL_AND_TITLE = Pattern.compile(
            "^(?:(?:" + SHARED.symbol().pattern() + ")\\s{2,}\\S.*|.*\\S\\s{2,}(?:" + SHARED.symbol().pattern() + "))$");
    /**
     * A job number, optionally with its language letter, the dates of its processing and the page number:
     * {@code 10-52441 (C)   2/4}, {@code GE.24-06070 (F)   120424   150424}.
     */
    public static final Pattern JOB = Pattern.compile(
            "^(?:(?<p1>" + SHARED.pageOfCount().pattern() + ")\\s+)?(?<job>" + SHARED.jobNumber().pattern()
                    + ")(?:\\s+" + SHARED.jobDate().pattern() + "){0,2}"
                    + "(?:\\s+(?<p2>" + SHARED.pageOfCount().pattern() + "))?$");
    /**
     * A page number: {@code 2/4}, {@code - 2 -}, {@code Page 2}, {@code Page 2 of 7}. Furniture goes before the
     * language is known: the words are those of every language's data file.
     */
    public static final Pattern PAGE = Pattern.compile("^(?:(?<count>" + SHARED.pageOfCount().pattern() + ")|-\\s*\\d{1,3}\\s*-|"
            + Profiles.anyOf(p -> p.furniture().page()) + "\\s*\\d{1,3}(?:\\s*" + Profiles.anyOf(p -> p.furniture().pageOf()) + "\\s*\\d{1,3})?)$");
    /** The bar code printed beside the job number on the first page: {@code *1052441*}. */
    public static final Pattern BARCODE = Pattern.compile("^(?:" + SHARED.barcode().pattern() + ")$");
    /** The "continued overleaf" mark at an older document's page foot: {@code /...}. */
    public static final Pattern CONTINUED = Pattern.compile("^(?:" + SHARED.continued().pattern() + ")$");
    /** The recycling request on a last page, in any language. */
    public static final Pattern RECYCLE = Pattern.compile("^" + Profiles.anyOf(p -> p.furniture().recycle()) + "\\s*\\u2672?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PageFurniture() {
    }


    /**
     * Whether a line is page furniture by its text alone: a symbol, a page number, a job number, a bar code,
     * the continued mark or the recycling request (running titles are known only by their repetition).
     */
    public static boolean isFurniture(String folded) {
        return SYMBOL.matcher(folded).matches() || isPageNumber(folded) || JOB.matcher(folded).matches()
                || BARCODE.matcher(folded).matches() || CONTINUED.matcher(folded).matches()
                || RECYCLE.matcher(folded).matches();
    }

    /**
     * Whether {@code line} is a running header or footer of {@link #SYMBOL_AND_TITLE}'s shape. The pattern
     * needs a gap of two white-space characters: a line without one is not tried (its {@code .*} backtracks
     * over the whole of every line of the document otherwise).
     */
    public static boolean isSymbolAndTitle(String line) {
        for (int i = 1; i < line.length(); i++) {
            if (space(line.charAt(i)) && space(line.charAt(i - 1))) {
                return SYMBOL_AND_TITLE.matcher(line).matches();
            }
        }
        return false;
    }

    /** What {@code \s} matches. */
    private static boolean space(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** {@code 2/4} is a page number only when the page is within the count. */
    public static boolean isPageNumber(String s) {
        Matcher m = PAGE.matcher(s);
        if (!m.matches()) {
            return false;
        }
        if (m.group("count") == null) {
            return true;
        }
        String[] pageOf = m.group("count").split("/");
        int page = Integer.parseInt(pageOf[0].strip());
        int of = Integer.parseInt(pageOf[1].strip());
        return page >= 1 && page <= of && of <= 200;
    }
}
