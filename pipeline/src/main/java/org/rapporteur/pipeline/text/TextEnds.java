package org.rapporteur.pipeline.text;

import java.util.ArrayList;
import java.util.List;
import org.rapporteur.model.Emphasis;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Text;

/** The text at either end of an inline list, looking inside emphasis and past notes. */
public final class TextEnds {
    private TextEnds() {
    }

    /**
     * The last {@code chars} characters of text (fewer if there are not as many), looking inside emphasis and
     * past notes; it never cuts a character in two. It reads no further back than it returns, so asking it at
     * every line's end costs no more than the lines.
     */
    public static String lastText(List<Inline> inlines, int chars) {
        StringBuilder sb = new StringBuilder();
        for (int i = inlines.size() - 1; i >= 0 && sb.length() < chars; i--) {
            Inline x = inlines.get(i);
            String t = x instanceof Text text ? text.text()
                    : x instanceof Emphasis e ? lastText(e.content(), chars - sb.length()) : "";
            int from = Math.max(0, t.length() - (chars - sb.length()));
            if (from > 0 && Character.isLowSurrogate(t.charAt(from))) {
                from--;
            }
            sb.insert(0, t, from, t.length());
        }
        return sb.toString();
    }

    public static String firstText(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < inlines.size() && sb.length() < 40; i++) {
            Inline x = inlines.get(i);
            if (x instanceof Text t) {
                sb.append(t.text());
            } else if (x instanceof Emphasis e) {
                sb.append(Inlines.plainText(e.content()));
            } else {
                break;
            }
        }
        return sb.toString();
    }

    public static List<Inline> dropLastChar(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>(inlines);
        dropLastCharInPlace(out);
        return out;
    }

    /** Drops the last character of text from {@code out} itself (a line-end hyphen), looking inside emphasis. */
    public static void dropLastCharInPlace(List<Inline> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            if (out.get(i) instanceof Text t && !t.text().isEmpty()) {
                out.set(i, new Text(t.text().substring(0, t.text().length() - 1)));
                return;
            }
            if (out.get(i) instanceof Emphasis e && !Inlines.plainText(e.content()).isEmpty()) {
                out.set(i, new Emphasis(e.style(), dropLastChar(e.content())));
                return;
            }
        }
    }
}
