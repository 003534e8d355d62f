package org.rapporteur.format.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.rapporteur.format.DocumentReader;
import org.rapporteur.format.ReadOptions;
import org.rapporteur.format.pdf.internal.LayoutStripper;
import org.rapporteur.format.pdf.internal.LineAssembler;
import org.rapporteur.format.pdf.internal.PdfLayout;
import org.rapporteur.format.pdf.internal.PdfLine;
import org.rapporteur.model.ConversionException;
import org.rapporteur.model.Document;
import org.rapporteur.model.Field;
import org.rapporteur.model.Line;
import org.rapporteur.model.Metadata;
import org.rapporteur.model.Warning;
import org.rapporteur.format.pdf.internal.BidiOrder;
import org.rapporteur.format.pdf.internal.PdfBoxLogs;

/**
 * Reads a resolution PDF with PDFBox into lines that keep what the layout says: font size, position,
 * indents, superscript reference marks, bold and italic. A PDF that cannot give text is a clear error,
 * never an empty output.
 */
public final class PdfReader implements DocumentReader {
    @Override
    public Document read(byte[] content, String name, ReadOptions options) throws ConversionException {
        try (PdfBoxLogs.Capture logs = PdfBoxLogs.capture(); PDDocument pdf = Loader.loadPDF(content)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new ConversionException("encrypted PDF that does not permit text extraction");
            }
            PdfLayout layout = LayoutStripper.layout(pdf);
            List<PdfLine> pdfLines = layout.lines();
            if (pdfLines.stream().noneMatch(l -> l.glyphs().stream().anyMatch(g -> g.text().codePoints().anyMatch(Character::isLetter)))) {
                int unmapped = layout.unmapped().values().stream().mapToInt(Integer::intValue).sum();
                throw new ConversionException(unmapped > 0
                        ? "the text layer maps its " + unmapped + " glyphs to no characters (no usable ToUnicode map); OCR is not supported"
                        : hasImages(pdf) ? "no text layer (scanned pages); OCR is not supported" : "the PDF has no text");
            }
            boolean rtl = BidiOrder.rightToLeft(pdfLines.stream().flatMap(l -> l.glyphs().stream()).toList());
            List<Line> lines = LineAssembler.assemble(pdfLines, layout.rules(), rtl);
            Document doc = Document.of(Metadata.EMPTY.with(Field.SOURCE, name), lines);
            if (!layout.unmapped().isEmpty() && !rtl) {
                // (in right-to-left text they are the kashidas a justified line is stretched with, and no text)
                int count = layout.unmapped().values().stream().mapToInt(Integer::intValue).sum();
                doc = doc.withWarnings(List.of(new Warning(Warning.Kind.TEXT_LAYER_SUSPECT, count
                        + " glyph(s) map to no character and are missing from the text, on page(s) " + layout.unmapped().keySet())));
            }
            List<Warning> pdfbox = pdfboxWarnings(logs);
            if (!pdfbox.isEmpty()) {
                doc = doc.withWarnings(pdfbox);
            }
            if (!layout.repaired().isEmpty()) {
                int count = layout.repaired().values().stream().mapToInt(Integer::intValue).sum();
                doc = doc.withWarnings(List.of(new Warning(Warning.Kind.TEXT_LAYER_SUSPECT, count
                        + " letter(s) whose text layer contradicts the embedded font were read from the font, on page(s) "
                        + layout.repaired().keySet())));
            }
            return doc;
        } catch (InvalidPasswordException e) {
            throw new ConversionException("encrypted PDF: a password is needed to open it", e);
        } catch (IOException e) {
            throw new ConversionException("not a readable PDF (" + e.getMessage() + ")", e);
        }
    }

    /**
     * What PDFBox warned about while reading, counted, for the file's report (a few of the commonest). Its
     * "No Unicode mapping" notices are left out: the reader counts those glyphs itself (TEXT_LAYER_SUSPECT),
     * and in right-to-left text they are kashidas.
     */
    private static List<Warning> pdfboxWarnings(PdfBoxLogs.Capture logs) {
        List<Warning> out = new java.util.ArrayList<>();
        logs.messages().entrySet().stream()
                .filter(e -> !e.getKey().startsWith("No Unicode mapping"))
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(5)
                .forEach(e -> out.add(new Warning(Warning.Kind.PDF_READER, "PDFBox: " + e.getKey()
                        + (e.getValue() > 1 ? " (" + e.getValue() + " times)" : ""))));
        return out;
    }

    private static boolean hasImages(PDDocument pdf) throws IOException {
        for (PDPage page : pdf.getPages()) {
            var resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject) {
                    return true;
                }
            }
        }
        return false;
    }
}
