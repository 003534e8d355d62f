package org.rapporteur.model;

import java.util.ArrayList;
import java.util.List;

/** Small operations on inline lists that every stage and writer needs. */
public final class Inlines {

    /**
     * {@code s} without what XML 1.0 cannot carry: C0 controls other than tab and newline, lone surrogates,
     * U+FFFE/FFFF. Every XML writer (Akoma Ntoso, DOCX) writes text through it, so no output is ill-formed.
     */
    public static String xmlSafe(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE)
                    || (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
            if (!ok && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            } else if (ok && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * {@code text} stripped, every run of white space (no-break spaces too) one space: the one fold, so that
     * {@code 2010 年 12 月 21 日} and {@code 2010年12月21日}, or a line set with wide gaps, read alike.
     */
    public static String fold(String text) {
        // By hand, not by a pattern: every stage folds most lines, several times (a sixth of a text
        // document's time went to the pattern); a folded text comes back as it is.
        String s = text.strip();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (foldSpace(c) && (c != ' ' || (i + 1 < n && foldSpace(s.charAt(i + 1))))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n).append(s, 0, i);
        boolean space = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!foldSpace(c)) {
                sb.append(c);
                space = false;
            } else if (!space) {
                sb.append(' ');
                space = true;
            }
        }
        return sb.toString();
    }

    /** What {@code fold} makes one space: the pattern {@code [\s\u00A0]} (ASCII white space and the no-break space). */
    private static boolean foldSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0';
    }

    private Inlines() {
    }

    /** Text of the inlines, with marks and notes left out. */
    public static String plainText(List<Inline> inlines) {
        // Most lines are one text: stages ask for it again and again, and need not get a copy.
        if (inlines.size() == 1 && inlines.get(0) instanceof Text t) {
            return t.text();
        }
        StringBuilder sb = new StringBuilder();
        appendText(inlines, sb);
        return sb.toString();
    }

    private static void appendText(List<Inline> inlines, StringBuilder sb) {
        for (Inline i : inlines) {
            if (i instanceof Text t) {
                sb.append(t.text());
            } else if (i instanceof Emphasis e) {
                appendText(e.content(), sb);
            }
        }
    }

    /** Adjacent texts merged, empty texts and empty emphasis dropped: one canonical form for equal content. */
    public static List<Inline> normalize(List<Inline> inlines) {
        // Most lists are in canonical form already (stages normalize again and again): those are kept.
        return isNormal(inlines) ? List.copyOf(inlines) : new Normalizer().addAll(inlines).result();
    }

    /** Whether {@code inlines} is what {@link #normalize} makes of it. */
    private static boolean isNormal(List<Inline> inlines) {
        Inline previous = null;
        for (Inline i : inlines) {
            if (i instanceof Text t) {
                if (t.text().isEmpty() || previous instanceof Text) {
                    return false;
                }
            } else if (i instanceof Emphasis e) {
                if (e.content().isEmpty() || !isNormal(e.content())
                        || (previous instanceof Emphasis p && p.style() == e.style())) {
                    return false;
                }
            }
            previous = i;
        }
        return true;
    }

    /**
     * Gathers a run of texts, or of emphases of one style, whole before it becomes one inline: merging them
     * pairwise would copy the run once per piece (a paragraph of n lines, n times).
     */
    private static final class Normalizer {
        private final List<Inline> out = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Emphasis.Style style;
        private final List<Inline> emphasised = new ArrayList<>();

        Normalizer addAll(List<Inline> inlines) {
            for (Inline i : inlines) {
                if (i instanceof Text t) {
                    if (t.text().isEmpty()) {
                        continue;
                    }
                    flushEmphasis();
                    text.append(t.text());
                } else if (i instanceof Emphasis e) {
                    if (normalize(e.content()).isEmpty()) {
                        continue;
                    }
                    flushText();
                    if (style != e.style()) {
                        flushEmphasis();
                        style = e.style();
                    }
                    emphasised.addAll(e.content());
                } else {
                    flushText();
                    flushEmphasis();
                    out.add(i);
                }
            }
            return this;
        }

        List<Inline> result() {
            flushText();
            flushEmphasis();
            return List.copyOf(out);
        }

        private void flushText() {
            if (!text.isEmpty()) {
                out.add(new Text(text.toString()));
                text.setLength(0);
            }
        }

        private void flushEmphasis() {
            if (style != null) {
                out.add(new Emphasis(style, normalize(emphasised)));
                emphasised.clear();
                style = null;
            }
        }
    }

    /** The inlines with leading and trailing white space removed from the outermost texts. */
    public static List<Inline> strip(List<Inline> inlines) {
        List<Inline> normal = normalize(inlines);
        if (stripped(normal)) {
            return normal;
        }
        List<Inline> out = new ArrayList<>(normal);
        if (!out.isEmpty() && out.get(0) instanceof Text t) {
            out.set(0, new Text(t.text().stripLeading()));
        }
        int last = out.size() - 1;
        if (last >= 0 && out.get(last) instanceof Text t) {
            out.set(last, new Text(t.text().stripTrailing()));
        }
        return normalize(out);
    }

    /** Whether the outermost texts of {@code normal} neither start nor end with white space. */
    private static boolean stripped(List<Inline> normal) {
        if (normal.isEmpty()) {
            return true;
        }
        if (normal.get(0) instanceof Text t && !t.text().isEmpty() && Character.isWhitespace(t.text().charAt(0))) {
            return false;
        }
        return !(normal.get(normal.size() - 1) instanceof Text t && !t.text().isEmpty()
                && Character.isWhitespace(t.text().charAt(t.text().length() - 1)));
    }

    /**
     * The inlines without their first {@code chars} characters of text (a printed paragraph number, a
     * note's label), looking into emphasis; notes and marks stay. The result is stripped.
     */
    public static List<Inline> dropPrefix(List<Inline> inlines, int chars) {
        List<Inline> out = new ArrayList<>();
        int left = chars;
        for (Inline i : strip(inlines)) {
            if (left > 0 && i instanceof Text t) {
                int n = Math.min(left, t.text().length());
                left -= n;
                out.add(new Text(t.text().substring(n)));
            } else if (left > 0 && i instanceof Emphasis e) {
                int n = Math.min(left, plainText(e.content()).length());
                left -= n;
                out.add(new Emphasis(e.style(), dropPrefix(e.content(), n)));
            } else {
                out.add(i);
            }
        }
        return strip(out);
    }

    /** Every note referenced in the inlines, in reading order, nested emphasis included. */
    public static void collectNotes(List<Inline> inlines, List<Note> into) {
        for (Inline i : inlines) {
            if (i instanceof NoteRef r) {
                into.add(r.note());
            } else if (i instanceof Emphasis e) {
                collectNotes(e.content(), into);
            }
        }
    }
}
