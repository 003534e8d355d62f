package org.rapporteur.format.pdf.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The PDFBox side, as tabula does it: a {@link PDFTextStripper} that keeps every character's position,
 * size and font instead of only the text, grouped into the lines PDFBox found. Decisions come later.
 */
public final class LayoutStripper extends PDFTextStripper {
    private final List<PdfLine> lines = new ArrayList<>();
    private List<Glyph> current = new ArrayList<>();
    private List<Integer> wordStarts = new ArrayList<>();

    public LayoutStripper() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
        setLineSeparator("\n");
    }

    public static List<PdfLine> lines(PDDocument document) throws IOException {
        LayoutStripper s = new LayoutStripper();
        s.getText(document);
        return s.lines;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        wordStarts.add(current.size());
        for (TextPosition p : positions) {
            PDFont font = p.getFont();
            String name = font == null || font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
            PDFontDescriptor d = font == null ? null : font.getFontDescriptor();
            boolean bold = name.contains("bold") || name.contains("heavy") || name.contains("black")
                    || (d != null && (d.isForceBold() || d.getFontWeight() >= 600));
            boolean italic = name.contains("italic") || name.contains("oblique") || (d != null && d.isItalic());
            current.add(new Glyph(compatible(p.getUnicode()), p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(),
                    p.getFontSizeInPt(), bold, italic));
        }
    }

    /**
     * Ligatures (ﬁ, U+FB01) and Arabic presentation forms (U+FB50–U+FEFF), which fonts map glyphs to, are
     * brought back to the letters they stand for, as PDFBox itself does for the words it writes.
     */
    public static String compatible(String unicode) {
        if (unicode == null) {
            return "";
        }
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if (c >= 0xFB00 && c <= 0xFEFF) {
                return java.text.Normalizer.normalize(unicode, java.text.Normalizer.Form.NFKC);
            }
        }
        return unicode;
    }

    @Override
    protected void writeLineSeparator() {
        if (!current.isEmpty()) {
            lines.add(new PdfLine(getCurrentPageNo(), current, wordStarts));
        }
        current = new ArrayList<>();
        wordStarts = new ArrayList<>();
    }

    @Override
    protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
        writeLineSeparator();
        super.endPage(page);
    }

    @Override
    protected void writeWordSeparator() {
        // Word boundaries are kept as wordStarts; the text is rebuilt from positions.
    }

    @Override
    protected void writeCharacters(TextPosition text) {
        // Characters are taken in writeString, with their positions.
    }
}
