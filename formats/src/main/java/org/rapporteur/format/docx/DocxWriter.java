package org.rapporteur.format.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.rapporteur.format.DocumentWriter;
import org.rapporteur.format.docx.internal.DeterministicZip;
import org.rapporteur.format.docx.internal.DocxBlocks;
import org.rapporteur.format.docx.internal.DocxNotes;
import org.rapporteur.format.docx.internal.DocxParts;
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
 * Word documents: styles rather than direct formatting, real footnotes, the document's language on every
 * run, right-to-left paragraphs for Arabic, the symbol in the page header, and the same bytes for the same
 * document.
 *
 * <p>The parts are written as text, in one pass over the document, with the bytes Apache POI's XWPF gave
 * them (POI built every element as an XMLBeans object and saved each part through a transformer: two
 * thirds of a text document's conversion time). POI stays the tool where a document is edited after it is
 * written: a house template ({@link ReferenceDocx}) is applied to the written package through POI.
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
        DocxRuns runs = new DocxRuns(language);
        DocxNotes notes = new DocxNotes(runs, NoteOrder.of(document));
        runs.notes(notes);
        StringBuilder body = new StringBuilder(32 * 1024).append(DocxParts.DOCUMENT_START);
        DocxBlocks blocks = new DocxBlocks(body, runs);
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
        // The document symbol in the page header, where the UN prints it.
        String symbol = meta.get(Field.SYMBOL).orElse(null);
        body.append(DocxParts.sectionEnd(symbol != null));

        Map<String, byte[]> parts = DeterministicZip.entries();
        put(parts, "[Content_Types].xml", DocxParts.contentTypes(symbol != null));
        put(parts, "_rels/.rels", DocxParts.PACKAGE_RELATIONSHIPS);
        put(parts, "docProps/app.xml", DocxParts.APP);
        put(parts, "docProps/core.xml", DocxParts.core(meta.getOrEmpty(Field.TITLE),
                meta.get(Field.SYMBOL).orElse(meta.getOrEmpty(Field.NUMBER)), language.locale(),
                document.blocks(Closing.class).stream().flatMap(c -> c.date().stream()).findFirst()));
        put(parts, "word/_rels/document.xml.rels", DocxParts.documentRelationships(symbol != null));
        put(parts, "word/document.xml", body.toString());
        put(parts, "word/footer1.xml", DocxParts.FOOTER);
        put(parts, "word/footnotes.xml", notes.part());
        if (symbol != null) {
            put(parts, "word/header1.xml", DocxParts.header(runs, symbol));
        }
        put(parts, "word/settings.xml", DocxParts.SETTINGS);
        put(parts, "word/styles.xml", DocxStyles.part(language));
        if (reference == null) {
            DeterministicZip.write(parts, out);
        } else {
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            DeterministicZip.write(parts, ours);
            applyReference(ours.toByteArray(), language, out);
        }
    }

    private static void put(Map<String, byte[]> parts, String name, String xml) {
        parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    /** The written package with the house template's styles, page, header and footer, through POI. */
    private void applyReference(byte[] docx, Language language, OutputStream out) throws IOException {
        XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        try {
            reference.applyTo(doc, language.locale());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.write(bytes);
            DeterministicZip.rewrite(bytes.toByteArray(), out);
        } finally {
            // Not close(): close() saves the whole package into its buffer a second time. revert() lets it go.
            doc.getPackage().revert();
        }
    }
}
