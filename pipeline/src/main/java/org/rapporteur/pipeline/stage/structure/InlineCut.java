package org.rapporteur.pipeline.stage.structure;

import java.util.ArrayList;
import java.util.List;
import org.rapporteur.model.Emphasis;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Text;

/** Cuts a printed prefix (a paragraph number, a label) off the front of inline content. */
final class InlineCut {
    private InlineCut() {
    }

    /** {@code inlines} without their first {@code chars} characters of text, then stripped. */
    static List<Inline> dropPrefix(List<Inline> inlines, int chars) {
        List<Inline> out = new ArrayList<>();
        int left = chars;
        for (Inline i : inlines) {
            if (left > 0 && i instanceof Text t) {
                int n = Math.min(left, t.text().length());
                left -= n;
                out.add(new Text(t.text().substring(n)));
            } else if (left > 0 && i instanceof Emphasis e) {
                int len = Inlines.plainText(e.content()).length();
                int n = Math.min(left, len);
                left -= n;
                out.add(new Emphasis(e.style(), dropPrefix(e.content(), n)));
            } else {
                out.add(i);
            }
        }
        return Inlines.strip(out);
    }
}
