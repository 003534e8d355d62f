package org.rapporteur.format.markdown;

import java.util.List;
import org.rapporteur.model.Emphasis;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Mark;
import org.rapporteur.model.NoteOrder;
import org.rapporteur.model.NoteRef;
import org.rapporteur.model.Text;

/** Inline content as CommonMark: escaped text, {@code **bold**}, {@code *italic*}, {@code [^n]} references. */
final class MarkdownInlines {
    private final NoteOrder notes;

    MarkdownInlines(NoteOrder notes) {
        this.notes = notes;
    }

    String render(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : inlines) {
            if (i instanceof Text t) {
                sb.append(MarkdownEscaper.inline(t.text()));
            } else if (i instanceof Emphasis e && e.style() == Emphasis.Style.SUPERSCRIPT) {
                // (CommonMark has no superscript: "1er" stays the text it reads as)
                sb.append(render(e.content()));
            } else if (i instanceof Emphasis e) {
                String delimiter = e.style() == Emphasis.Style.BOLD ? "**" : "*";
                String inner = render(e.content());
                // Delimiters cannot sit against spaces: keep the spaces outside the emphasis.
                String lead = inner.substring(0, inner.length() - inner.stripLeading().length());
                String trail = inner.substring(inner.stripTrailing().length());
                if (inner.isBlank()) {
                    sb.append(inner); // ("****" alone would be a rule)
                    continue;
                }
                sb.append(lead).append(delimiter).append(inner.strip()).append(delimiter).append(trail);
            } else if (i instanceof NoteRef r) {
                sb.append("[^").append(notes.number(r.note())).append(']');
            } else if (i instanceof Mark m) {
                sb.append(MarkdownEscaper.inline(m.label()));
            }
        }
        return sb.toString();
    }
}
