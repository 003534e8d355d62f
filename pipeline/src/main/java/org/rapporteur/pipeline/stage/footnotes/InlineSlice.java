package org.rapporteur.pipeline.stage.footnotes;

import java.util.ArrayList;
import java.util.List;
import org.rapporteur.model.Emphasis;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Text;

/** Drops a note's printed label from the front of its line. */
final class InlineSlice {
    private InlineSlice() {
    }

    static List<Inline> dropChars(List<Inline> content, int chars) {
        List<Inline> stripped = Inlines.strip(content);
        List<Inline> out = new ArrayList<>();
        int left = chars;
        for (Inline i : stripped) {
            if (left > 0 && i instanceof Text t) {
                int n = Math.min(left, t.text().length());
                left -= n;
                out.add(new Text(t.text().substring(n)));
            } else if (left > 0 && i instanceof Emphasis e) {
                int n = Math.min(left, Inlines.plainText(e.content()).length());
                left -= n;
                out.add(new Emphasis(e.style(), dropChars(e.content(), n)));
            } else {
                out.add(i);
            }
        }
        return Inlines.strip(out);
    }
}
