package org.rapporteur.format.pdf.internal;

import com.ibm.icu.text.Bidi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * PDF pages hold right-to-left text in visual order. This puts a line's glyphs back in logical (reading)
 * order with the Unicode bidirectional algorithm, glyph by glyph: a ligature glyph (Arabic lam-alef) keeps
 * its own characters in order, where reversing characters would scramble them.
 */
public final class BidiOrder {

    private BidiOrder() {
    }

    /** Whether most letters of the line belong to a right-to-left script. */
    public static boolean rightToLeft(List<Glyph> glyphs) {
        int rtl = 0;
        int letters = 0;
        for (Glyph g : glyphs) {
            String t = g.text();
            for (int i = 0; i < t.length(); i += Character.charCount(t.codePointAt(i))) {
                int cp = t.codePointAt(i);
                if (Character.isLetter(cp)) {
                    letters++;
                    if (cp >= FIRST_RTL && isRtl(cp)) {
                        rtl++;
                    }
                }
            }
        }
        return letters > 0 && rtl * 2 > letters;
    }

    /**
     * The glyphs in logical order. {@code rtlDocument}: the lines are right-to-left paragraphs, as in an
     * Arabic document even where one line holds only Latin text (an English footnote, a date).
     */
    public static List<Glyph> logical(List<Glyph> visual, boolean rtlDocument) {
        return logical(visual, rtlDocument, g -> false);
    }

    /**
     * As {@link #logical(List, boolean)}; glyphs {@code asRightToLeft} accepts are taken as right-to-left
     * letters. In a right-to-left document that is right for superscript reference marks: they belong to
     * the sentence around them, where as digits they would bind to a neighbouring Latin run.
     */
    public static List<Glyph> logical(List<Glyph> line, boolean rtlDocument, java.util.function.Predicate<Glyph> asRightToLeft) {
        return logical(line, rtlDocument, asRightToLeft, false, false);
    }

    /**
     * {@code rtlParagraph}: the line is known to belong to a right-to-left paragraph even without a
     * right-to-left letter (an English footnote in an Arabic document). Otherwise a line with nothing
     * right-to-left on it (a job number, a symbol, an English date) is left to right. {@code noteLine}:
     * the line is a note's, whose number ("1", "(1)") at the right end is read as one unit; elsewhere
     * digits there are only the end of a number ("2026." alone on a paragraph's last line).
     */
    public static List<Glyph> logical(List<Glyph> line, boolean rtlDocument, java.util.function.Predicate<Glyph> asRightToLeft,
                                      boolean rtlParagraph, boolean noteLine) {
        boolean anyRtl = rtlParagraph || line.stream().anyMatch(g -> hasRtl(g.text())
                || rtlDocument && asRightToLeft.test(g));
        if (!anyRtl) {
            return line;
        }
        List<Glyph> visual = withMarksOnTheirBase(line);
        Glyph label = null;
        if (noteLine || rtlParagraph) {
            // A note's number stands at its logical start, the right end of the line: one right-to-left unit,
            // where as digits the rules would tie it to a Latin run beside it. So does the day of a date
            // set right to left ("8 April 2024", drawn "April 2024 8"), a whole number after a space; the
            // last digits of "2026." (drawn ".2026") are no such unit.
            // Arabic documents print it in brackets, "(1)". How the brackets come out of the page depends on
            // the producer: logical characters in visual places (")1(", LibreOffice), the glyphs' own
            // ("(1)"), or the digit apart from them (")(2", as UN PDFs extract): the trailing run of digits and
            // brackets is taken whole, in whatever order, when it holds one to three digits and either no
            // bracket or one of each.
            int start = visual.size();
            int digitCount = 0;
            int open = 0;
            int close = 0;
            while (start > 0 && visual.size() - start < 5) {
                String t = visual.get(start - 1).text();
                if (t.matches("\\d")) {
                    digitCount++;
                } else if (t.equals("(")) {
                    open++;
                } else if (t.equals(")")) {
                    close++;
                } else {
                    break;
                }
                start--;
            }
            boolean bracketed = open == 1 && close == 1;
            boolean unit = noteLine || start > 0 && visual.get(start - 1).text().isBlank();
            if (digitCount >= 1 && digitCount <= 3 && (bracketed || open + close == 0) && start > 0 && unit) {
                StringBuilder digits = new StringBuilder();
                visual.subList(start, visual.size()).stream().filter(g -> g.text().matches("\\d")).forEach(g -> digits.append(g.text()));
                Glyph first = visual.get(start);
                label = first.withText(bracketed ? "(" + digits + ")" : digits.toString());
                visual = new ArrayList<>(visual.subList(0, start));
                visual.add(label);
            }
        }
        Glyph rtlLabel = label;
        // One character per glyph stands for it: the visual line is run through the algorithm as if it were
        // logical, which undoes the visual reordering (as PDFBox and poppler do, but keeping glyphs whole).
        StringBuilder proxy = new StringBuilder();
        boolean[] standIn = new boolean[visual.size()];
        for (int v = 0; v < visual.size(); v++) {
            Glyph g = visual.get(v);
            standIn[v] = g == rtlLabel || rtlDocument && asRightToLeft.test(g);
            proxy.append(standIn[v] ? '\u0628' : g.text().isEmpty() ? ' ' : g.text().charAt(0));
        }
        boolean rtl = rtlDocument || rightToLeft(visual);
        if (rtl) {
            arabicNumbers(proxy, standIn);
        }
        Bidi bidi = new Bidi(proxy.toString(), rtl ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Object[] pieces = new Object[runs];
        for (int r = 0; r < runs; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            List<Glyph> run = new ArrayList<>(visual.subList(bidi.getRunStart(r), bidi.getRunLimit(r)));
            if ((levels[r] & 1) == 1) {
                // Glyphs only change places: a PDF maps a mirrored bracket glyph to the logical character already.
                Collections.reverse(run);
            }
            pieces[r] = run;
        }
        Bidi.reorderVisually(levels, 0, pieces, 0, runs);
        List<Glyph> out = new ArrayList<>();
        for (Object p : pieces) {
            @SuppressWarnings("unchecked")
            List<Glyph> run = (List<Glyph>) p;
            out.addAll(run);
        }
        return out;
    }

    /**
     * A combining mark (an Arabic vowel sign, a shadda) is a glyph of its own, drawn over its letter; sorted
     * by position it can land beside the wrong letter. Each is joined to its letter first.
     */
    private static List<Glyph> withMarksOnTheirBase(List<Glyph> visual) {
        List<Glyph> bases = new ArrayList<>();
        List<Glyph> marks = new ArrayList<>();
        for (Glyph original : visual) {
            Glyph g = original;
            // PDFBox merges a diacritic into an overlapping glyph; merged into a space it belongs elsewhere.
            if (g.text().length() > 1 && Character.isWhitespace(g.text().charAt(0))
                    && g.text().substring(1).codePoints().allMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK)) {
                bases.add(g.withText(g.text().substring(0, 1)));
                g = new Glyph(g.text().substring(1), g.x() + g.width(), g.baseline(), 0, g.size(), g.bold(), g.italic());
            }
            boolean mark = !g.text().isEmpty() && g.text().codePoints().allMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK);
            (mark ? marks : bases).add(g);
        }
        if (marks.isEmpty() || bases.isEmpty()) {
            return visual;
        }
        // Right-to-left producers place a mark just left of the letter it belongs to (LibreOffice: the
        // tanween at x=435.7 over the alef at 436.8): it goes with the nearest letter at or right of it.
        for (Glyph m : marks) {
            int best = -1;
            for (int i = 0; i < bases.size(); i++) {
                Glyph b = bases.get(i);
                if (b.x() + 0.01f >= m.x() && !b.text().isBlank() && (best < 0 || b.x() < bases.get(best).x())) {
                    best = i;
                }
            }
            if (best < 0) {
                best = bases.size() - 1;
            }
            Glyph b = bases.get(best);
            bases.set(best, b.withText(b.text() + m.text()));
        }
        return bases;
    }

    /**
     * In right-to-left text a number after Arabic letters is an Arabic number to the bidi rules, a unit
     * of its own ("رقم 54 (A/78/54)"); read back from visual order beside Latin letters it would pass for
     * part of them. A number between Arabic and Latin letters (the nearest on either side), and not joined
     * to a Latin letter by digits, '/', '.' or '-' (as 78 and 54 are in A/78/54), is made Arabic-Indic
     * digits in the stand-in text, which gives it that role again; elsewhere ("UN 1577", "عام 2026.")
     * the rules read it right as it is. Stand-ins for marks and labels are no letters here.
     */
    private static void arabicNumbers(StringBuilder proxy, boolean[] standIn) {
        int i = 0;
        while (i < proxy.length()) {
            if (!isAsciiDigit(proxy.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < proxy.length() && isAsciiDigit(proxy.charAt(end))) {
                end++;
            }
            Character.UnicodeScript before = nearestScript(proxy, standIn, i - 1, -1);
            Character.UnicodeScript after = nearestScript(proxy, standIn, end, 1);
            boolean between = before == Character.UnicodeScript.ARABIC && after == Character.UnicodeScript.LATIN
                    || before == Character.UnicodeScript.LATIN && after == Character.UnicodeScript.ARABIC;
            if (!latinBound(proxy, i, end) && between) {
                for (int k = i; k < end; k++) {
                    proxy.setCharAt(k, (char) ('\u0660' + (proxy.charAt(k) - '0')));
                }
            }
            i = end;
        }
    }

    /** The script of the first letter from {@code from} in direction {@code step}, stand-ins skipped; null if none. */
    private static Character.UnicodeScript nearestScript(CharSequence s, boolean[] standIn, int from, int step) {
        for (int k = from; k >= 0 && k < s.length(); k += step) {
            if (!standIn[k] && Character.isLetter(s.charAt(k))) {
                return Character.UnicodeScript.of(s.charAt(k));
            }
        }
        return null;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether the digits at [start, end) reach a Latin letter through digits, '/', '.' or '-' on either side. */
    private static boolean latinBound(CharSequence s, int start, int end) {
        for (int k = start - 1; k >= 0; k--) {
            char c = s.charAt(k);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN && Character.isLetter(c)) {
                return true;
            }
            if (!(isAsciiDigit(c) || c == '/' || c == '.' || c == '-')) {
                break;
            }
        }
        for (int k = end; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN && Character.isLetter(c)) {
                return true;
            }
            if (!(isAsciiDigit(c) || c == '/' || c == '.' || c == '-')) {
                break;
            }
        }
        return false;
    }

    /** Below Hebrew, the first right-to-left script, nothing is right to left: most glyphs are decided at once. */
    private static final int FIRST_RTL = 0x0590;

    static boolean hasRtl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= FIRST_RTL && isRtl(text.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isRtl(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }
}
