package org.rapporteur.pipeline.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The benchmark's corpus, made on the spot from two resolutions bundled in the jar (one Chinese, one
 * English): text files, and PDFs laid out from the same text (Chinese only where the WenQuanYi font is
 * installed; PDFBox cannot embed the CFF Noto CJK fonts).
 */
final class BenchCorpus {
    static final Path CJK = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    record Corpus(List<Path> texts, List<Path> pdfs, int pdfPages) {
    }

    private BenchCorpus() {
    }

    static Corpus make(Path dir, int docs) throws IOException {
        Files.createDirectories(dir);
        String zh = resource("/bench/zh.txt");
        String en = resource("/bench/en.txt");
        List<Path> texts = new ArrayList<>();
        List<Path> pdfs = new ArrayList<>();
        int pages = 0;
        boolean chinesePdf = Files.isReadable(CJK);
        Path zhPdf = dir.resolve("template_zh.pdf");
        Path enPdf = dir.resolve("template_en.pdf");
        int zhPages = chinesePdf ? layout(zh, zhPdf, true) : 0;
        int enPages = layout(en, enPdf, false);
        for (int i = 0; i < docs; i++) {
            boolean chinese = i % 2 == 0;
            if (i % 4 < 2) {
                Path t = dir.resolve(String.format("t%04d_%s.txt", i, chinese ? "zh" : "en"));
                Files.writeString(t, chinese ? zh : en, StandardCharsets.UTF_8);
                texts.add(t);
            } else {
                boolean zhDoc = chinese && chinesePdf;
                Path p = dir.resolve(String.format("p%04d_%s.pdf", i, zhDoc ? "zh" : "en"));
                Files.copy(zhDoc ? zhPdf : enPdf, p);
                pdfs.add(p);
                pages += zhDoc ? zhPages : enPages;
            }
        }
        Files.delete(zhPdf.toFile().exists() ? zhPdf : enPdf);
        Files.deleteIfExists(enPdf);
        return new Corpus(texts, pdfs, pages);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(BenchCorpus.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Lays the text's non-blank lines out as wrapped paragraphs, 11 pt, A4; returns the page count. */
    private static int layout(String text, Path file, boolean chinese) throws IOException {
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = chinese ? new TrueTypeCollection(CJK.toFile()) : null) {
            PDFont font;
            if (chinese) {
                var first = new java.util.concurrent.atomic.AtomicReference<org.apache.fontbox.ttf.TrueTypeFont>();
                ttc.processAllFonts(f -> first.compareAndSet(null, f));
                font = PDType0Font.load(doc, first.get(), true);
            } else {
                font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            }
            float size = 11;
            float width = 453;
            PDPageContentStream cs = null;
            float y = 0;
            for (String para : text.replace('\f', '\n').split("\n\\s*\n")) {
                // The fonts have no superscript digits; for timing, marks printed as plain digits do.
                String p = superscriptsAsDigits(para.replaceAll("\\s*\n\\s*", chinese ? "" : " ").strip());
                if (p.isEmpty()) {
                    continue;
                }
                List<String> lines = wrap(p, font, size, width, chinese);
                for (int i = 0; i < lines.size(); i++) {
                    if (cs == null || y < 80) {
                        if (cs != null) {
                            cs.close();
                        }
                        PDPage page = new PDPage(PDRectangle.A4);
                        doc.addPage(page);
                        cs = new PDPageContentStream(doc, page);
                        y = 770;
                    }
                    cs.beginText();
                    cs.setFont(font, size);
                    cs.newLineAtOffset(i == 0 ? 94 : 71, y);
                    cs.showText(lines.get(i));
                    cs.endText();
                    y -= 16;
                }
                y -= 8;
            }
            if (cs != null) {
                cs.close();
            }
            doc.save(file.toFile());
            return doc.getNumberOfPages();
        }
    }

    private static String superscriptsAsDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int d = "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c);
            sb.append(d >= 0 ? (char) ('0' + d) : c);
        }
        return sb.toString();
    }

    private static List<String> wrap(String p, PDFont font, float size, float width, boolean chinese) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] tokens = chinese ? p.split("") : p.split("(?<= )");
        for (String t : tokens) {
            String clean = t.replaceAll("[^\\u0020-\\u007E\\u00A0-\\u00FF" + (chinese ? "\\u2000-\\uFFFF" : "") + "]", "");
            if (line.length() > 0 && font.getStringWidth(line + clean) / 1000 * size > width) {
                out.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(clean);
        }
        if (line.length() > 0) {
            out.add(line.toString().strip());
        }
        return out;
    }
}
