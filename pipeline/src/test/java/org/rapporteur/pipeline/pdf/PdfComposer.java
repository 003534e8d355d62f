package org.rapporteur.pipeline.pdf;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out test PDFs the way UN resolutions are laid out: positioned lines, superscript marks, smaller
 * footnotes at the page foot, running headers and footers. Fonts are TrueType from Debian's packages
 * (fonts-wqy-zenhei, fonts-liberation2), which {@code .ci/run} installs.
 */
final class PdfComposer implements AutoCloseable {
    static final Path CJK = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    static final Path SERIF = Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf");
    static final Path SERIF_ITALIC = Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf");
    static final float HEIGHT = PDRectangle.A4.getHeight();

    /** A piece of a line: text in the regular or italic font, or a superscript mark. */
    record Seg(String text, boolean sup, boolean italic) {
    }

    static Seg t(String s) {
        return new Seg(s, false, false);
    }

    static Seg sup(String s) {
        return new Seg(s, true, false);
    }

    static Seg it(String s) {
        return new Seg(s, false, true);
    }

    static boolean fontsPresent() {
        return Files.isReadable(CJK) && Files.isReadable(SERIF) && Files.isReadable(SERIF_ITALIC);
    }

    private final PDDocument doc = new PDDocument();
    private final TrueTypeCollection collection;
    private final PDFont regular;
    private final PDFont italic;
    private PDPageContentStream cs;

    PdfComposer(boolean chinese) throws IOException {
        if (chinese) {
            collection = new TrueTypeCollection(CJK.toFile());
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            collection.processAllFonts(f -> first.compareAndSet(null, f));
            regular = PDType0Font.load(doc, first.get(), true);
            italic = regular;
        } else {
            collection = null;
            regular = PDType0Font.load(doc, new File(SERIF.toString()));
            italic = PDType0Font.load(doc, new File(SERIF_ITALIC.toString()));
        }
    }

    void page() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
    }

    /** A line whose baseline is {@code top} points below the page top. */
    void line(float x, float top, float size, Seg... segs) throws IOException {
        float cx = x;
        for (Seg s : segs) {
            PDFont font = s.italic() ? italic : regular;
            float fs = s.sup() ? size * 0.55f : size;
            float y = HEIGHT - top + (s.sup() ? size * 0.4f : 0);
            cs.beginText();
            cs.setFont(font, fs);
            cs.newLineAtOffset(cx, y);
            cs.showText(s.text());
            cs.endText();
            cx += font.getStringWidth(s.text()) / 1000f * fs;
        }
    }

    /**
     * A line as Word writes it: every space a glyph, and the letters of each word positioned in one TJ array
     * with kerning; where {@code text} has a {@code |}, the letters there are set {@code gap} points apart
     * (kerning, not a word break: "ful|l", "Al|-Qaida"). Returns where the line ends.
     */
    float kerned(float x, float top, float size, String text, float gap) throws IOException {
        java.util.List<Object> tj = new java.util.ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '|') {
                tj.add(run.toString());
                run.setLength(0);
                tj.add(-gap * 1000f / size);
            } else {
                run.append(c);
            }
        }
        tj.add(run.toString());
        cs.beginText();
        cs.setFont(regular, size);
        cs.newLineAtOffset(x, HEIGHT - top);
        cs.showTextWithPositioning(tj.toArray());
        cs.endText();
        String plain = text.replace("|", "");
        return x + regular.getStringWidth(plain) / 1000f * size + gap * (text.length() - plain.length());
    }

    /** A horizontal rule {@code top} points below the page top, as a footnote separator is drawn. */
    void rule(float left, float right, float top) throws IOException {
        cs.moveTo(left, HEIGHT - top);
        cs.lineTo(right, HEIGHT - top);
        cs.stroke();
    }

    /** A line ending at {@code right}: the closing date and meeting stand on the right. */
    void right(float right, float top, float size, String text) throws IOException {
        line(right - regular.getStringWidth(text) / 1000f * size, top, size, t(text));
    }

    void save(Path file) throws IOException {
        cs.close();
        cs = null;
        doc.save(file.toFile());
    }

    PDDocument document() {
        return doc;
    }

    @Override
    public void close() throws IOException {
        if (cs != null) {
            cs.close();
        }
        doc.close();
        if (collection != null) {
            collection.close();
        }
    }
}
