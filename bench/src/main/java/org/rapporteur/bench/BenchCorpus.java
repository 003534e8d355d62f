package org.rapporteur.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
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
        String zh = resource("/org/rapporteur/bench/zh.txt");
        String en = resource("/org/rapporteur/bench/en.txt");
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

    private static final Pattern FOOTER = Pattern.compile("\\d{2}-\\d{5}\\s+\\d+/\\d+");
    private static final Pattern SUPERSCRIPT_NOTE = Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+\\s");
    private static final Pattern DIGIT_NOTE = Pattern.compile("\\d{1,2} \\S.*");

    /**
     * Lays the text out as a resolution PDF, 11 pt on A4: its lines as lines (long ones wrapped), a blank
     * line a paragraph gap with the next first line indented, a form feed a new page, reference marks
     * small and raised, note lines in 9 pt at the foot of the page below a rule, the job number footer
     * small at the bottom. Returns the page count.
     */
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
            BenchPage page = new BenchPage(doc, font, chinese);
            for (String sourcePage : text.split("\f")) {
                List<String> lines = List.of(sourcePage.split("\n", -1));
                int notesFrom = notesFrom(lines, chinese);
                boolean gap = true;
                for (int i = 0; i < lines.size(); i++) {
                    String line = clean(lines.get(i).strip(), chinese);
                    if (line.isEmpty()) {
                        gap = true;
                    } else if (FOOTER.matcher(line).matches()) {
                        page.footer(line);
                    } else if (i >= notesFrom || (chinese && SUPERSCRIPT_NOTE.matcher(line).lookingAt())) {
                        page.note(line);
                    } else {
                        for (String part : wrap(line, font, 11, 453, chinese)) {
                            page.line(part, gap);
                            gap = false;
                        }
                    }
                }
                page.endPage();
            }
            doc.save(file.toFile());
            return doc.getNumberOfPages();
        }
    }

    /** Where the page's closing block of note lines ({@code 1 See …}) starts, or the page's size without one. */
    private static int notesFrom(List<String> lines, boolean chinese) {
        int end = lines.size();
        while (end > 0 && (lines.get(end - 1).isBlank() || FOOTER.matcher(lines.get(end - 1).strip()).matches())) {
            end--;
        }
        int from = end;
        while (!chinese && from > 0 && DIGIT_NOTE.matcher(lines.get(from - 1).strip()).matches()) {
            from--;
        }
        return from > 0 && from < end && lines.get(from - 1).isBlank() ? from : lines.size();
    }

    /** The line without characters the font cannot show (Times here is WinAnsi only). */
    private static String clean(String line, boolean chinese) {
        return chinese ? line : line.replaceAll("[^\\u0020-\\u007E\\u00A0-\\u00FF⁰¹²³⁴⁵⁶⁷⁸⁹]", "");
    }

    private static List<String> wrap(String p, PDFont font, float size, float width, boolean chinese) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] tokens = chinese ? p.split("") : p.split("(?<= )");
        for (String t : tokens) {
            if (line.length() > 0 && font.getStringWidth(BenchPage.plain(line + t)) / 1000 * size > width) {
                out.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(t);
        }
        if (line.length() > 0) {
            out.add(line.toString().strip());
        }
        return out;
    }
}
