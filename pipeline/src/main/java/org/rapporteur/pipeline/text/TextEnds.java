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

    public static String lastText(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (int i = inlines.size() - 1; i >= 0 && sb.length() < 40; i--) {
            Inline x = inlines.get(i);
            if (x instanceof Text t) {
                sb.insert(0, t.text());
            } else if (x instanceof Emphasis e) {
                sb.insert(0, Inlines.plainText(e.content()));
            }
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
        for (int i = out.size() - 1; i >= 0; i--) {
            if (out.get(i) instanceof Text t && !t.text().isEmpty()) {
                out.set(i, new Text(t.text().substring(0, t.text().length() - 1)));
                return out;
            }
            if (out.get(i) instanceof Emphasis e && !Inlines.plainText(e.content()).isEmpty()) {
                out.set(i, new Emphasis(e.style(), dropLastChar(e.content())));
                return out;
            }
        }
        return out;
    }
}
