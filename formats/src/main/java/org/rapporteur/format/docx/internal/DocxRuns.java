package org.rapporteur.format.docx.internal;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.rapporteur.model.Emphasis;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Language;
import org.rapporteur.model.Mark;
import org.rapporteur.model.NoteRef;
import org.rapporteur.model.Script;
import org.rapporteur.model.Text;

/** Runs of text carrying the document's language ({@code w:lang}), emphasis, and footnote references. */
public final class DocxRuns {
    private final Language language;
    private DocxNotes notes;

    public DocxRuns(Language language) {
        this.language = language;
    }

    public Language language() {
        return language;
    }

    public void notes(DocxNotes docxNotes) {
        this.notes = docxNotes;
    }

    public void write(XWPFParagraph p, List<Inline> content, Emphasis.Style style) {
        for (Inline i : content) {
            if (i instanceof Text t) {
                text(p, t.text(), style == Emphasis.Style.BOLD, style == Emphasis.Style.ITALIC);
            } else if (i instanceof Emphasis e) {
                write(p, e.content(), e.style());
            } else if (i instanceof NoteRef r) {
                notes.reference(p, r.note());
            } else if (i instanceof Mark m) {
                text(p, m.label(), false, false);
            }
        }
    }

    public void text(XWPFParagraph p, String text, boolean bold, boolean italic) {
        if (text.isEmpty()) {
            return;
        }
        XWPFRun r = p.createRun();
        r.setText(org.rapporteur.model.Inlines.xmlSafe(text.replace('\n', ' ')));
        CTRPr rPr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        // Word takes bold, italic and size of Arabic (complex-script) letters from the -Cs twins only
        if (bold) {
            rPr.addNewB();
            rPr.addNewBCs();
        }
        if (italic) {
            rPr.addNewI();
            rPr.addNewICs();
        }
        if (language.rightToLeft()) {
            rPr.addNewRtl();
        }
        CTLanguage lang = rPr.addNewLang();
        lang.setVal(language.locale());
        if (language.script() == Script.HAN) {
            lang.setEastAsia(language.locale());
        }
        if (language.rightToLeft()) {
            lang.setBidi(language.locale());
        }
    }

    /** Right-to-left paragraphs for Arabic. */
    public void bidi(XWPFParagraph p) {
        if (language.rightToLeft()) {
            var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            pPr.addNewBidi();
        }
    }
}
