package org.rapporteur.format.docx.internal;

import java.util.List;
import org.rapporteur.model.Emphasis;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Language;
import org.rapporteur.model.Mark;
import org.rapporteur.model.NoteRef;
import org.rapporteur.model.Script;
import org.rapporteur.model.Text;

/**
 * Runs of text carrying the document's language ({@code w:lang}), emphasis, and footnote references,
 * appended to the paragraph being written (in the body or in a footnote).
 */
public final class DocxRuns {
    private final Language language;
    /** The run properties' language element, the same on every run of the document. */
    private final String lang;
    private DocxNotes notes;

    public DocxRuns(Language language) {
        this.language = language;
        StringBuilder l = new StringBuilder("<w:lang");
        WordXml.attr(l, "w:val", language.locale());
        if (language.script() == Script.HAN) {
            WordXml.attr(l, "w:eastAsia", language.locale());
        }
        if (language.rightToLeft()) {
            WordXml.attr(l, "w:bidi", language.locale());
        }
        this.lang = l.append("/>").toString();
    }

    public Language language() {
        return language;
    }

    public void notes(DocxNotes docxNotes) {
        this.notes = docxNotes;
    }

    public void write(StringBuilder p, List<Inline> content, Emphasis.Style style) {
        write(p, content, style == null ? new Run(false, false, false) : new Run(false, false, false).with(style));
    }

    /** How a run is set: emphasis inside emphasis adds up (bold around italic is a bold italic run). */
    private record Run(boolean bold, boolean italic, boolean superscript) {
        Run with(Emphasis.Style style) {
            return new Run(bold || style == Emphasis.Style.BOLD, italic || style == Emphasis.Style.ITALIC,
                    superscript || style == Emphasis.Style.SUPERSCRIPT);
        }
    }

    private void write(StringBuilder p, List<Inline> content, Run run) {
        for (Inline i : content) {
            if (i instanceof Text t) {
                text(p, t.text(), run);
            } else if (i instanceof Emphasis e) {
                write(p, e.content(), run.with(e.style()));
            } else if (i instanceof NoteRef r) {
                notes.reference(p, r.note());
            } else if (i instanceof Mark m) {
                text(p, m.label(), false, false);
            }
        }
    }

    public void text(StringBuilder p, String text, boolean bold, boolean italic) {
        text(p, text, new Run(bold, italic, false));
    }

    private void text(StringBuilder p, String text, Run run) {
        if (text.isEmpty()) {
            return;
        }
        String t = Inlines.xmlSafe(text.replace('\n', ' '));
        p.append("<w:r><w:rPr>");
        // Word takes bold, italic and size of Arabic (complex-script) letters from the -Cs twins only
        if (run.bold()) {
            p.append("<w:b/><w:bCs/>");
        }
        if (run.italic()) {
            p.append("<w:i/><w:iCs/>");
        }
        if (run.superscript()) {
            p.append("<w:vertAlign w:val=\"superscript\"/>");
        }
        if (language.rightToLeft()) {
            p.append("<w:rtl/>");
        }
        p.append(lang).append("</w:rPr>");
        t(p, t).append("</w:r>");
    }

    /** A {@code w:t}, keeping its spaces where it starts or ends with one (as POI's {@code XWPFRun.setText}). */
    static StringBuilder t(StringBuilder p, String t) {
        boolean keep = !t.isEmpty() && (Character.isWhitespace(t.charAt(0)) || Character.isWhitespace(t.charAt(t.length() - 1)));
        p.append(keep ? "<w:t xml:space=\"preserve\">" : "<w:t>");
        return WordXml.text(p, t).append("</w:t>");
    }

    /** Opens a paragraph in {@code style}, right to left for Arabic. */
    public void open(StringBuilder p, String style) {
        open(p, style, language.rightToLeft());
    }

    /** Opens a paragraph in {@code style}, right to left if {@code bidi}. */
    public static void open(StringBuilder p, String style, boolean bidi) {
        p.append("<w:p><w:pPr><w:pStyle");
        WordXml.attr(p, "w:val", style);
        p.append(bidi ? "/><w:bidi/></w:pPr>" : "/></w:pPr>");
    }
}
