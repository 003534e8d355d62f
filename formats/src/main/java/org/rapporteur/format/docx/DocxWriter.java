package org.rapporteur.format.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.rapporteur.format.DocumentWriter;
import org.rapporteur.format.docx.internal.DeterministicZip;
import org.rapporteur.format.docx.internal.DocxBlocks;
import org.rapporteur.format.docx.internal.DocxNotes;
import org.rapporteur.format.docx.internal.DocxRuns;
import org.rapporteur.format.docx.internal.DocxStyles;
import org.rapporteur.model.Block;
import org.rapporteur.model.Closing;
import org.rapporteur.model.Document;
import org.rapporteur.model.Field;
import org.rapporteur.model.Language;
import org.rapporteur.model.Metadata;
import org.rapporteur.model.NoteOrder;
import org.rapporteur.model.Text;

/**
 * Word documents with Apache POI: styles rather than direct formatting, real footnotes, the document's
 * language on every run, right-to-left paragraphs for Arabic, the symbol in the page header, and the same
 * bytes for the same document.
 */
public final class DocxWriter implements DocumentWriter {
    /** Masthead facts printed above the title, in the order a UN cover page gives them. */
    private static final List<Field> MASTHEAD = List.of(Field.BODY, Field.DISTRIBUTION, Field.ISSUED,
            Field.LANGUAGE_LINE, Field.ORIGINAL, Field.SESSION, Field.SESSION_DATES, Field.AGENDA_ITEM,
            Field.AGENDA_TITLE, Field.ADOPTION, Field.COMMITTEE_REPORT);

    private final ReferenceDocx reference;

    public DocxWriter() {
        this(null);
    }

    /** A writer whose documents take {@code reference}'s styles, page setup, header and footer (null: ours). */
    public DocxWriter(ReferenceDocx reference) {
        this.reference = reference;
    }

    @Override
    public String name() {
        return "docx";
    }

    @Override
    public String extension() {
        return ".docx";
    }

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        Metadata meta = document.metadata();
        Language language = meta.language().orElse(Language.ENGLISH);
        XWPFDocument doc = new XWPFDocument();
        try {
            DocxStyles.install(doc, language);
            DocxRuns runs = new DocxRuns(language);
            runs.notes(new DocxNotes(doc, runs, NoteOrder.of(document)));
            DocxBlocks blocks = new DocxBlocks(doc, runs);
            header(doc, meta, runs);
            footer(doc);
            settings(doc);
            boolean masthead = meta.has(Field.SESSION) || meta.has(Field.DISTRIBUTION) || meta.has(Field.ADOPTION);
            for (Field f : masthead ? MASTHEAD : List.<Field>of()) {
                meta.get(f).ifPresent(v -> blocks.para(DocxStyles.MASTHEAD, List.of(new Text(v))));
            }
            String title = meta.get(Field.HEADING)
                    .orElse((meta.get(Field.NUMBER).map(n -> n + ". ").orElse("") + meta.getOrEmpty(Field.TITLE)).strip());
            if (!title.isEmpty()) {
                blocks.para(DocxStyles.TITLE, List.of(new Text(title)));
            }
            for (Block b : document.blocks()) {
                blocks.write(b);
            }
            if (reference != null) {
                reference.applyTo(doc, language.locale());
            }
            properties(doc, document, language);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.write(bytes);
            out.write(DeterministicZip.rewrite(bytes.toByteArray()));
        } finally {
            // Not close(): a new document's package is backed by a buffer, and close() saves the whole
            // package into it a second time (an eighth of the writer's time). revert() just lets it go.
            doc.getPackage().revert();
        }
    }

    /** The document symbol in the page header, where the UN prints it. */
    private static void header(XWPFDocument doc, Metadata meta, DocxRuns runs) {
        meta.get(Field.SYMBOL).ifPresent(symbol -> {
            XWPFParagraph p = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
            p.setStyle(DocxStyles.HEADER);
            runs.text(p, symbol, false, false);
        });
    }

    /** Page numbers centred in the footer, as a PAGE field Word and LibreOffice fill in. */
    private static void footer(XWPFDocument doc) {
        XWPFParagraph p = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        p.setStyle(DocxStyles.FOOTER);
        var field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        field.addNewR().addNewT().setStringValue("1");
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /**
     * settings.xml as Word 2013 and later write it: without a compatibility mode Word opens the document
     * in Compatibility Mode. (POI's schema subset has no type for w:compat, so the elements are written
     * by name.)
     */
    private static void settings(XWPFDocument doc) {
        var settings = doc.getSettings().getCTSettings();
        try (var cursor = settings.newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new javax.xml.namespace.QName(W, "defaultTabStop", "w"));
            cursor.insertAttributeWithValue(new javax.xml.namespace.QName(W, "val", "w"), "720");
            cursor.toEndToken();
            cursor.toNextToken();
            cursor.beginElement(new javax.xml.namespace.QName(W, "compat", "w"));
            cursor.beginElement(new javax.xml.namespace.QName(W, "compatSetting", "w"));
            cursor.insertAttributeWithValue(new javax.xml.namespace.QName(W, "name", "w"), "compatibilityMode");
            cursor.insertAttributeWithValue(new javax.xml.namespace.QName(W, "uri", "w"), "http://schemas.microsoft.com/office/word");
            cursor.insertAttributeWithValue(new javax.xml.namespace.QName(W, "val", "w"), "15");
        }
    }

    private static void properties(XWPFDocument doc, Document document, Language language) {
        Metadata meta = document.metadata();
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(org.rapporteur.model.Inlines.xmlSafe(meta.getOrEmpty(Field.TITLE)));
        core.setSubjectProperty(org.rapporteur.model.Inlines.xmlSafe(meta.get(Field.SYMBOL).orElse(meta.getOrEmpty(Field.NUMBER))));
        core.setCreator("Rapporteur");
        core.getUnderlyingProperties().setLanguageProperty(language.locale());
        // Dates come from the document (its adoption), never from the clock: same input, same bytes.
        Optional<Date> adopted = document.blocks(Closing.class).stream().flatMap(c -> c.date().stream()).findFirst()
                .map(d -> Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC)));
        core.setCreated(adopted);
        core.setModified(adopted);
    }
}
