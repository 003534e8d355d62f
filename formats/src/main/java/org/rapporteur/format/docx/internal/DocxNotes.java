package org.rapporteur.format.docx.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rapporteur.model.Note;
import org.rapporteur.model.NoteOrder;

/**
 * Real Word footnotes. The first reference to a note is a {@code footnoteReference} inside a bookmark;
 * Word cannot point two marks at one footnote, so a later reference is a {@code NOTEREF} field to that
 * bookmark, whose shown result is the same number in superscript: readers see one note, Word can update it.
 * A reference inside a note is such a field too. Word cannot put a footnote inside a footnote, so a note
 * referred to only from inside another gets its mark in the text right after that note's mark, which is
 * where {@link NoteOrder} numbers it. The footnotes part is written beside the body: a note's footnote is
 * complete before its mark is placed, and a note inside it waits, so one footnote is open at a time.
 */
public final class DocxNotes {
    /** Word's ids -1 and 0 are the separators; POI numbered the notes from 3, and so do we. */
    private static final int FIRST_ID = 3;

    private final DocxRuns runs;
    private final NoteOrder order;
    private final StringBuilder part = new StringBuilder(4096);
    private final Set<Note> created = new HashSet<>();
    /** While a footnote's content is written: the notes it refers to that have no mark in the text. */
    private List<Note> pending;

    public DocxNotes(DocxRuns runs, NoteOrder order) {
        this.runs = runs;
        this.order = order;
        part.append(DocxParts.XML_DECLARATION).append("<w:footnotes xmlns:w=\"").append(DocxParts.W).append("\">")
                .append("<w:footnote w:id=\"-1\" w:type=\"separator\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>")
                .append("<w:footnote w:id=\"0\" w:type=\"continuationSeparator\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>");
    }

    /** {@code word/footnotes.xml}, once the body is written. */
    public String part() {
        return part + "</w:footnotes>";
    }

    public void reference(StringBuilder p, Note note) {
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

    private void first(StringBuilder p, Note note) {
        int number = order.number(note);
        int id = FIRST_ID + created.size();
        created.add(note);
        part.append("<w:footnote w:type=\"normal\" w:id=\"").append(id).append("\">");
        runs.open(part, DocxStyles.FOOTNOTE_TEXT);
        part.append("<w:r><w:rPr><w:rStyle w:val=\"").append(DocxStyles.FOOTNOTE_REFERENCE).append("\"/></w:rPr><w:footnoteRef/></w:r>");
        runs.text(part, " ", false, false);
        List<Note> outer = pending;
        pending = new ArrayList<>();
        runs.write(part, note.content(), null);
        List<Note> inner = pending;
        pending = outer;
        part.append("</w:p></w:footnote>");

        p.append("<w:bookmarkStart w:id=\"").append(number).append("\" w:name=\"").append(bookmark(number)).append("\"/>")
                .append("<w:r><w:rPr><w:rStyle w:val=\"").append(DocxStyles.FOOTNOTE_REFERENCE).append("\"/></w:rPr>")
                .append("<w:footnoteReference w:id=\"").append(id).append("\"/></w:r>")
                .append("<w:bookmarkEnd w:id=\"").append(number).append("\"/>");
        for (Note n : inner) {
            if (!created.contains(n)) {
                first(p, n);
            }
        }
    }

    private static void again(StringBuilder p, int number) {
        p.append("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>")
                .append("<w:r><w:instrText xml:space=\"preserve\"> NOTEREF ").append(bookmark(number)).append(" \\f \\h </w:instrText></w:r>")
                .append("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>")
                // The style is superscript already; the direct property keeps the mark raised where styles are ignored.
                .append("<w:r><w:rPr><w:rStyle w:val=\"").append(DocxStyles.FOOTNOTE_REFERENCE)
                .append("\"/><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>").append(number).append("</w:t></w:r>")
                .append("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
    }

    private static String bookmark(int number) {
        return "_RefNote" + number;
    }
}
