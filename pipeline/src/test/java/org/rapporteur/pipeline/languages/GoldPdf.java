package org.rapporteur.pipeline.languages;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small typesetter for the tests: lays a gold resolution out as a UN-style PDF. Paragraphs wrap to
 * the text width with a first-line indent; marks are superscripts; each note is set at the foot of the
 * page that first refers to it; every page has the symbol as running header and a job-number footer.
 * Arabic lines are drawn in visual order (java.text.Bidi), aligned right, indented at the right.
 */
final class GoldPdf {
    static final Path CJK = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    static final Path SERIF = Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf");
    /** Arabic letters, unshaped (isolated forms): what matters here is their order on the page. */
    static final Path ARABIC = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final Pattern REF = Pattern.compile("\\[\\^(\\w+)\\]");
    private static final float LEFT = 71;
    private static final float RIGHT = 524;
    private static final float INDENT = 22.7f;
    private static final float BODY = 11;
    private static final float NOTE = 8;
    private static final float TOP = 85;
    /** Where the page's text area ends (its notes above it) unless told otherwise. */
    private static final float FOOT = 740;

    private record Seg(String text, boolean sup) {
    }

    private final PDDocument doc = new PDDocument();
    private final PDFont font;
    private final boolean cjk;
    private final boolean rtl;
    private final JsonNode gold;
    private final TrueTypeCollection collection;
    private PDPageContentStream cs;
    private int page;
    private float y;
    private final List<List<Seg>> notesOnPage = new ArrayList<>();
    private final List<String> seen = new ArrayList<>();
    private final float foot;
    /** The distance between lines, in font sizes, and the extra space between paragraphs, in body sizes. */
    private final float spacing;
    private final float paragraphGap;
    /**
     * Marks as Arabic UN documents print them, the raised number in brackets ("أنغويلا(2)"), and each note
     * opening with its bracketed number at the right edge ("(2) الوثائق الرسمية…").
     */
    private boolean bracketedMarks;
    /**
     * Words drawn one by one at their places with no space glyph between them, and a paragraph's lines
     * but its last justified to the right margin by widening the gaps: as TeX and other producers that
     * write no spaces lay text out (left-to-right scripts other than Chinese and Japanese).
     */
    private boolean noSpaceGlyphs;

    private GoldPdf(JsonNode gold, float foot, float spacing, float paragraphGap) throws IOException {
        this.gold = gold;
        this.foot = foot;
        this.spacing = spacing;
        this.paragraphGap = paragraphGap;
        this.cjk = gold.path("lang").asText().matches("zh|ja");
        this.rtl = gold.path("lang").asText().equals("ar");
        if (cjk) {
            collection = new TrueTypeCollection(CJK.toFile());
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            collection.processAllFonts(f -> first.compareAndSet(null, f));
            font = PDType0Font.load(doc, first.get(), true);
        } else {
            collection = null;
            font = PDType0Font.load(doc, new File((rtl ? ARABIC : SERIF).toString()));
        }
    }

    static boolean supports(JsonNode gold) {
        return !gold.path("lang").asText().equals("ar") || java.nio.file.Files.isReadable(ARABIC);
    }

    static void write(JsonNode gold, Path file) throws IOException {
        write(gold, file, FOOT);
    }

    /** {@link #write(JsonNode, Path)} with the text area ending at {@code foot}, so that pages break elsewhere. */
    static void write(JsonNode gold, Path file, float foot) throws IOException {
        write(gold, file, foot, 2.1f, 0.8f);
    }

    /**
     * {@link #write(JsonNode, Path, float)} with lines {@code spacing} font sizes apart and paragraphs
     * {@code paragraphGap} body sizes further (0: told apart by their first-line indent alone).
     */
    static void write(JsonNode gold, Path file, float foot, float spacing, float paragraphGap) throws IOException {
        write(gold, file, foot, spacing, paragraphGap, false);
    }

    /** {@link #write(JsonNode, Path)} with marks and note numbers in brackets, as Arabic UN documents print them. */
    static void writeBracketedMarks(JsonNode gold, Path file) throws IOException {
        write(gold, file, FOOT, 2.1f, 0.8f, true);
    }

    /** {@link #write(JsonNode, Path)} with no space glyphs and justified lines, as TeX lays text out. */
    static void writeWithoutSpaceGlyphs(JsonNode gold, Path file) throws IOException {
        write(gold, file, FOOT, 2.1f, 0.8f, false, true);
    }

    private static void write(JsonNode gold, Path file, float foot, float spacing, float paragraphGap, boolean bracketed)
            throws IOException {
        write(gold, file, foot, spacing, paragraphGap, bracketed, false);
    }

    private static void write(JsonNode gold, Path file, float foot, float spacing, float paragraphGap, boolean bracketed,
                              boolean noSpaces) throws IOException {
        GoldPdf pdf = new GoldPdf(gold, foot, spacing, paragraphGap);
        pdf.bracketedMarks = bracketed;
        pdf.noSpaceGlyphs = noSpaces && !pdf.rtl && !pdf.cjk;
        try {
            pdf.layout();
            pdf.finishPage();
            pdf.doc.save(file.toFile());
        } finally {
            pdf.doc.close();
            if (pdf.collection != null) {
                pdf.collection.close();
            }
        }
    }

    private void layout() throws IOException {
        newPage();
        for (JsonNode m : gold.path("masthead")) {
            line(LEFT, 10, List.of(new Seg(m.asText(), false)));
            y += 4;
        }
        y += 10;
        String title = gold.path("title").asText();
        line(LEFT, 14, List.of(new Seg(gold.path("number").asText() + (rtl && title.startsWith("-") ? " " : ". ") + title, false)));
        y += 10;
        paragraph(gold.path("formula").asText(), INDENT);
        for (JsonNode p : gold.path("preamble")) {
            paragraph(p.asText(), INDENT);
        }
        for (JsonNode o : gold.path("operative")) {
            paragraph(GoldLayout.printedNumber(gold, o.path("num").asText()) + o.path("text").asText(), INDENT);
            for (JsonNode pt : o.path("points")) {
                paragraph((pt.path("num").asText() + " " + pt.path("text").asText()).strip(), 2 * INDENT);
            }
        }
        y += 8;
        for (String closing : GoldLayout.closingLines(gold)) {
            float w = width(closing, BODY);
            fit(BODY * 1.5f);
            if (rtl) {
                line(LEFT, BODY, List.of(new Seg(closing, false)), false);
                continue;
            }
            text(RIGHT - w, y, BODY, closing);
            y += BODY * 1.5f;
        }
        y += 8;
        for (String p : GoldLayout.afterClosing(gold)) {
            paragraph(p, 0);
        }
    }

    private void paragraph(String text, float indent) throws IOException {
        List<Seg> segs = new ArrayList<>();
        Matcher m = REF.matcher(text);
        int last = 0;
        while (m.find()) {
            segs.add(new Seg(text.substring(last, m.start()), false));
            segs.add(new Seg(bracketedMarks ? "(" + m.group(1) + ")" : m.group(1), true));
            last = m.end();
        }
        segs.add(new Seg(text.substring(last), false));
        List<List<Seg>> lines = wrap(segs, RIGHT - LEFT - indent, RIGHT - LEFT);
        for (int i = 0; i < lines.size(); i++) {
            List<Seg> l = lines.get(i);
            List<List<Seg>> fresh = new ArrayList<>();
            for (Seg s : l) {
                if (s.sup() && !seen.contains(label(s))) {
                    fresh.add(wrapNote(label(s)));
                }
            }
            float noteHeight = fresh.stream().mapToInt(List::size).sum() * NOTE * 1.5f;
            fit(BODY * spacing + noteHeight);
            for (Seg s : l) {
                if (s.sup() && !seen.contains(label(s))) {
                    seen.add(label(s));
                    notesOnPage.add(wrapNote(label(s)));
                }
            }
            if (noSpaceGlyphs) {
                wordsLine(i == 0 ? LEFT + indent : LEFT, BODY, l, i < lines.size() - 1);
            } else {
                line(i == 0 ? LEFT + indent : LEFT, BODY, l);
            }
        }
        y += BODY * paragraphGap;
    }

    /**
     * The note's lines: its number glued to its text, as UN PDFs print it. In Arabic a space keeps the
     * number a unit of its own at the right, as Word sets it, where a Latin note text would otherwise
     * take it into its left-to-right run.
     */
    private List<Seg> wrapNote(String label) throws IOException {
        String number = bracketedMarks ? "(" + label + ") " : label + (rtl ? " " : "");
        Seg note = new Seg(number + gold.path("footnotes").path(label).asText(), false);
        // wrap measures at body size; the note is set smaller, so its lines may be that much longer
        float width = (RIGHT - LEFT) * BODY / NOTE;
        List<Seg> lines = new ArrayList<>();
        for (List<Seg> l : wrap(List.of(note), width, width)) {
            StringBuilder sb = new StringBuilder();
            l.forEach(x -> sb.append(x.text()));
            lines.add(new Seg(sb.toString().strip(), false));
        }
        return lines;
    }

    /** A mark's note label, without the brackets it may be printed in. */
    private static String label(Seg mark) {
        return mark.text().replace("(", "").replace(")", "");
    }

    private List<List<Seg>> wrap(List<Seg> segs, float first, float rest) throws IOException {
        List<List<Seg>> lines = new ArrayList<>();
        List<Seg> current = new ArrayList<>();
        float used = 0;
        float width = first;
        for (Seg s : segs) {
            if (s.sup()) {
                current.add(s);
                used += width(s.text(), BODY * 0.55f);
                continue;
            }
            for (String token : tokens(s.text())) {
                float w = width(token, BODY);
                if (used + w > width && !current.isEmpty() && !token.isBlank()) {
                    lines.add(current);
                    current = new ArrayList<>();
                    used = 0;
                    width = rest;
                }
                if (current.isEmpty() && token.isBlank()) {
                    continue;
                }
                current.add(new Seg(token, false));
                used += w;
            }
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        return lines;
    }

    private List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(cjk ? "[A-Za-z0-9./()\\-]+|\\s+|." : "\\S+|\\s+").matcher(text);
        while (m.find()) {
            // as a typesetter does, closing punctuation never opens a line: it stays with what it closes
            if (cjk && !out.isEmpty() && "，。、；：？！）》」』”’".indexOf(m.group().charAt(0)) >= 0) {
                out.set(out.size() - 1, out.get(out.size() - 1) + m.group());
            } else {
                out.add(m.group());
            }
        }
        return out;
    }

    private void line(float x, float size, List<Seg> segs) throws IOException {
        if (rtl) {
            // a right-to-left line stands against the right margin, indented by as much as x is from the left
            line(x, size, segs, true);
            return;
        }
        fit(size * spacing);
        float cx = x;
        StringBuilder run = new StringBuilder();
        for (Seg s : segs) {
            if (s.sup()) {
                cx = flush(run, cx, size);
                text(cx, y - size * 0.4f, size * 0.55f, s.text());
                cx += width(s.text(), size * 0.55f);
            } else {
                run.append(s.text());
            }
        }
        flush(run, cx, size);
        y += size * spacing;
    }

    /** One piece of a word: text at body size or a raised mark. */
    private record Piece(String text, boolean sup) {
    }

    /**
     * A line drawn word by word with no space glyph: each word's pieces where they fall, the gaps between
     * words a space wide, or wider so that the line ends at the right margin ({@code justify}).
     */
    private void wordsLine(float x, float size, List<Seg> segs, boolean justify) throws IOException {
        fit(size * spacing);
        List<List<Piece>> words = new ArrayList<>();
        List<Piece> word = new ArrayList<>();
        for (Seg s : segs) {
            if (s.sup()) {
                word.add(new Piece(s.text(), true));
                continue;
            }
            String[] parts = s.text().split(" ", -1);
            for (int k = 0; k < parts.length; k++) {
                if (k > 0 && !word.isEmpty()) {
                    words.add(word);
                    word = new ArrayList<>();
                }
                if (!parts[k].isEmpty()) {
                    word.add(new Piece(parts[k], false));
                }
            }
        }
        if (!word.isEmpty()) {
            words.add(word);
        }
        float natural = 0;
        for (List<Piece> w : words) {
            for (Piece p : w) {
                natural += width(p.text(), p.sup() ? size * 0.55f : size);
            }
        }
        float space = width(" ", size);
        float gap = space;
        if (justify && words.size() > 1) {
            gap = Math.max(space, (RIGHT - x - natural) / (words.size() - 1));
        }
        float cx = x;
        for (List<Piece> w : words) {
            for (Piece p : w) {
                float fs = p.sup() ? size * 0.55f : size;
                text(cx, p.sup() ? y - size * 0.4f : y, fs, p.text());
                cx += width(p.text(), fs);
            }
            cx += gap;
        }
        y += size * spacing;
    }

    /**
     * A right-to-left line in visual order: the Unicode bidirectional algorithm (java.text.Bidi) puts the
     * logical characters in display order, drawn left to right, the line aligned right (or left).
     */
    private void line(float x, float size, List<Seg> segs, boolean alignRight) throws IOException {
        fit(size * spacing);
        drawRtl(x, size, segs, alignRight);
        y += size * spacing;
    }

    private void drawRtl(float x, float size, List<Seg> segs, boolean alignRight) throws IOException {
        StringBuilder logical = new StringBuilder();
        List<Boolean> sup = new ArrayList<>();
        for (Seg s : segs) {
            for (char c : s.text().toCharArray()) {
                logical.append(c);
                sup.add(s.sup());
            }
        }
        String text = logical.toString().strip();
        int lead = logical.indexOf(text);
        java.text.Bidi bidi = new java.text.Bidi(text, java.text.Bidi.DIRECTION_RIGHT_TO_LEFT);
        byte[] levels = new byte[text.length()];
        Integer[] order = new Integer[text.length()];
        for (int i = 0; i < text.length(); i++) {
            levels[i] = (byte) bidi.getLevelAt(i);
            order[i] = i;
        }
        java.text.Bidi.reorderVisually(levels, 0, order, 0, text.length());
        float total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += width(String.valueOf(text.charAt(i)), sup.get(lead + i) ? size * 0.55f : size);
        }
        float cx = alignRight ? RIGHT - (x - LEFT) - total : x;
        for (Integer i : order) {
            boolean s = sup.get(lead + i);
            String ch = String.valueOf(text.charAt(i));
            float fs = s ? size * 0.55f : size;
            text(cx, s ? y - size * 0.4f : y, fs, ch);
            cx += width(ch, fs);
        }
    }

    private float flush(StringBuilder run, float x, float size) throws IOException {
        String t = run.toString().stripTrailing();
        run.setLength(0);
        if (t.isEmpty()) {
            return x;
        }
        text(x, y, size, t);
        return x + width(t, size);
    }

    private void fit(float height) throws IOException {
        float notes = notesOnPage.stream().mapToInt(List::size).sum() * NOTE * 1.5f + notesOnPage.size() * NOTE * 1.5f;
        if (y + height > foot - notes - 20) {
            finishPage();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        cs = new PDPageContentStream(doc, p);
        page++;
        text(LEFT, 53, 9, symbol() + (page > 1 ? "   " + gold.path("title").asText() : ""));
        y = TOP + (page == 1 ? 15 : 0);
    }

    private void finishPage() throws IOException {
        float ny = foot - notesOnPage.stream().mapToInt(List::size).sum() * NOTE * 1.5f;
        for (List<Seg> note : notesOnPage) {
            for (Seg line : note) {
                if (rtl) {
                    float keep = y;
                    y = ny;
                    drawRtl(LEFT, NOTE, List.of(line), true);
                    y = keep;
                } else {
                    text(LEFT, ny, NOTE, line.text());
                }
                ny += NOTE * 1.5f;
            }
        }
        notesOnPage.clear();
        text(LEFT, 797, NOTE, "23-23443 (X)");
        text(177, 797, NOTE, page + "/" + "9");
        cs.close();
    }

    private String symbol() {
        String s = gold.path("symbol").asText();
        return s.isEmpty() ? "A/RES/" + gold.path("number").asText() : s;
    }

    private void text(float x, float top, float size, String raw) throws IOException {
        String t = printable(raw);
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, PDRectangle.A4.getHeight() - top);
        cs.showText(t);
        cs.endText();
    }

    private float width(String t, float size) throws IOException {
        return font.getStringWidth(printable(t)) / 1000f * size;
    }

    /** The font has no non-breaking hyphen or no-break space; score.py reads them as - and space anyway. */
    private static String printable(String t) {
        return t.replace('\u2011', '-').replace('\u2010', '-').replace('\u00A0', ' ').replace('\u202F', ' ');
    }
}
