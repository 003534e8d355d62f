package org.rapporteur.pipeline;

import java.util.List;
import org.rapporteur.format.text.TextReader;
import org.rapporteur.model.Document;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Language;
import org.rapporteur.model.Metadata;
import org.rapporteur.model.NoteRef;
import org.rapporteur.model.Paragraph;

/** Small documents for stage tests, written as the text a reader would see. */
public final class Docs {
    private Docs() {
    }

    public static Document lines(Language language, String text) {
        return Document.of(Metadata.EMPTY.withLanguage(language), TextReader.lines(text));
    }

    /** Text with each note reference shown as {@code [^label]}, as the scoring gold writes it. */
    public static String withMarks(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : inlines) {
            if (i instanceof NoteRef r) {
                sb.append("[^").append(r.note().label()).append(']');
            } else {
                sb.append(Inlines.plainText(List.of(i)));
            }
        }
        return sb.toString();
    }

    public static List<String> paragraphs(Document d) {
        return d.blocks(Paragraph.class).stream().map(p -> withMarks(p.content())).toList();
    }
}
