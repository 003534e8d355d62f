package org.rapporteur.format.docx.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.rapporteur.model.Note;
import org.rapporteur.model.NoteOrder;

/**
 * Real Word footnotes. The first reference to a note is a {@code footnoteReference} inside a bookmark;
 * Word cannot point two marks at one footnote, so a later reference is a {@code NOTEREF} field to that
 * bookmark, whose shown result is the same number in superscript: readers see one note, Word can update it.
 * A reference inside a note is such a field too. Word cannot put a footnote inside a footnote, so a note
 * referred to only from inside another gets its mark in the text right after that note's mark, which is
 * where {@link NoteOrder} numbers it.
 */
public final class DocxNotes {
    private final XWPFDocument doc;
    private final DocxRuns runs;
    private final NoteOrder order;
    private final Set<Note> created = new HashSet<>();
    /** While a footnote's content is written: the notes it refers to that have no mark in the text. */
    private List<Note> pending;

    public DocxNotes(XWPFDocument doc, DocxRuns runs, NoteOrder order) {
        this.doc = doc;
        this.runs = runs;
        this.order = order;
        doc.createFootnotes();
        separator(-1, STFtnEdn.SEPARATOR);
        separator(0, STFtnEdn.CONTINUATION_SEPARATOR);
    }

    public void reference(XWPFParagraph p, Note note) {
        if (pending != null) {
            if (!order.inText(note) && !created.contains(note) && !pending.contains(note)) {
                pending.add(note);
            }
            again(p, order.number(note));
        } else if (created.contains(note)) {
            again(p, order.number(note));
        } else {
            first(p, note);
        }
    }

    private void first(XWPFParagraph p, Note note) {
        int number = order.number(note);
        created.add(note);
        XWPFFootnote fn = doc.createFootnote();
        XWPFParagraph fp = fn.createParagraph();
        fp.setStyle(DocxStyles.FOOTNOTE_TEXT);
        runs.bidi(fp);
        // POI's createParagraph already opened it with the footnoteRef mark; ensureFootnoteRef would add a second.
        runs.text(fp, " ", false, false);
        List<Note> outer = pending;
        pending = new ArrayList<>();
        runs.write(fp, note.content(), null);
        List<Note> inner = pending;
        pending = outer;

        CTBookmark start = p.getCTP().addNewBookmarkStart();
        start.setId(BigInteger.valueOf(number));
        start.setName(bookmark(number));
        p.addFootnoteReference(fn);
        CTMarkupRange end = p.getCTP().addNewBookmarkEnd();
        end.setId(BigInteger.valueOf(number));
        for (Note n : inner) {
            if (!created.contains(n)) {
                first(p, n);
            }
        }
    }

    private void again(XWPFParagraph p, int number) {
        fieldChar(p, STFldCharType.BEGIN);
        XWPFRun instr = p.createRun();
        var t = instr.getCTR().addNewInstrText();
        t.setStringValue(" NOTEREF " + bookmark(number) + " \\f \\h ");
        t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        fieldChar(p, STFldCharType.SEPARATE);
        XWPFRun shown = p.createRun();
        shown.setStyle(DocxStyles.FOOTNOTE_REFERENCE);
        // The style is superscript already; the direct property keeps the mark raised where styles are ignored.
        shown.getCTR().getRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
        shown.setText(Integer.toString(number));
        fieldChar(p, STFldCharType.END);
    }

    private static void fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
        CTR r = p.createRun().getCTR();
        r.addNewFldChar().setFldCharType(type);
    }

    private static String bookmark(int number) {
        return "_RefNote" + number;
    }

    private void separator(int id, STFtnEdn.Enum type) {
        CTFtnEdn sep = CTFtnEdn.Factory.newInstance();
        sep.setId(BigInteger.valueOf(id));
        sep.setType(type);
        CTR r = sep.addNewP().addNewR();
        if (type == STFtnEdn.SEPARATOR) {
            r.addNewSeparator();
        } else {
            r.addNewContinuationSeparator();
        }
        doc.addFootnote(sep);
    }
}
