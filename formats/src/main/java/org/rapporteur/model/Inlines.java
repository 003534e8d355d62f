package org.rapporteur.model;

import java.util.ArrayList;
import java.util.List;

/** Small operations on inline lists that every stage and writer needs. */
public final class Inlines {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00A0]+");

    /**
     * {@code text} stripped, every run of white space (no-break spaces too) one space: the one fold, so that
     * {@code 2010 年 12 月 21 日} and {@code 2010年12月21日}, or a line set with wide gaps, read alike.
     */
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

    public static String fold(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }

    private Inlines() {
    }

    /** Text of the inlines, with marks and notes left out. */
    public static String plainText(List<Inline> inlines) {
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
        List<Inline> out = new ArrayList<>();
        for (Inline i : inlines) {
            Inline item = i instanceof Emphasis e ? new Emphasis(e.style(), normalize(e.content())) : i;
            if (item instanceof Text t && t.text().isEmpty()
                    || item instanceof Emphasis e2 && e2.content().isEmpty()) {
                continue;
            }
            int last = out.size() - 1;
            if (last >= 0 && out.get(last) instanceof Text prev && item instanceof Text cur) {
                out.set(last, new Text(prev.text() + cur.text()));
            } else if (last >= 0 && out.get(last) instanceof Emphasis prev && item instanceof Emphasis cur
                    && prev.style() == cur.style()) {
                List<Inline> both = new ArrayList<>(prev.content());
                both.addAll(cur.content());
                out.set(last, new Emphasis(prev.style(), normalize(both)));
            } else {
                out.add(item);
            }
        }
        return List.copyOf(out);
    }

    /** The inlines with leading and trailing white space removed from the outermost texts. */
    public static List<Inline> strip(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>(normalize(inlines));
        if (!out.isEmpty() && out.get(0) instanceof Text t) {
            out.set(0, new Text(t.text().stripLeading()));
        }
        int last = out.size() - 1;
        if (last >= 0 && out.get(last) instanceof Text t) {
            out.set(last, new Text(t.text().stripTrailing()));
        }
        return normalize(out);
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
