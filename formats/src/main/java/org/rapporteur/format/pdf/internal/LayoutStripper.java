package org.rapporteur.format.pdf.internal;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * The PDFBox side, as tabula does it: a {@link PDFTextStripper} that keeps every character's position,
 * size and font instead of only the text, grouped into the lines PDFBox found. Decisions come later.
 * The same pass notes the horizontal rules drawn (path operators the text stripper otherwise ignores),
 * so a page's content is parsed once.
 */
public final class LayoutStripper extends PDFTextStripper {
    private static final int BOLD = 1;
    private static final int ITALIC = 2;

    private final List<PdfLine> lines = new ArrayList<>();
    private final Map<Integer, List<float[]>> rules = new HashMap<>();
    private final Map<PDFont, Integer> styles = new IdentityHashMap<>();
    /** Per font, the letters its ToUnicode map gets wrong and its font program gets right (see {@link TextRepair}). */
    private final Map<PDFont, Map<Integer, String>> repairs = new IdentityHashMap<>();
    /** Pages on which letters were read from the font program instead of a contradicting ToUnicode map. */
    private final java.util.TreeMap<Integer, Integer> repaired = new java.util.TreeMap<>();
    private List<Glyph> current = new ArrayList<>();
    private List<Integer> wordStarts = new ArrayList<>();
    private Rules pageRules;
    private final List<Glyph> marks = new ArrayList<>();
    /** Pages with glyphs that map to no character, and how many: PDFBox drops them from the text. */
    private final java.util.TreeMap<Integer, Integer> unmapped = new java.util.TreeMap<>();
    private int pageStart;
    /**
     * /ActualText spans (marked content): the text that stands for all the glyphs drawn inside one. Kept
     * here because PDFBox gives the text to the span's first glyph, and drops that glyph when the next
     * one overlaps it with the same code (LibreOffice's stretched tatweel: three glyphs, the first two at
     * nearly one place), which loses the text.
     */
    private final Map<TextPosition, Integer> spanOf = new IdentityHashMap<>();
    private final List<String> spanTexts = new ArrayList<>();
    private final java.util.Set<Integer> spansWritten = new java.util.HashSet<>();
    private final java.util.Deque<Integer> openSpans = new java.util.ArrayDeque<>();
    /** Glyphs with no character taken out of Arabic words as kashidas. */
    private int unmappedKashidas;
    /** Whether the glyph being shown maps to no character (PDFBox then makes its code the text). */
    private boolean showingUnmapped;
    /** The text positions of such glyphs: their text is PDFBox's guess ("I", "?"), not the producer's. */
    private final java.util.Set<TextPosition> unmappedPositions = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    public LayoutStripper() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
        setLineSeparator("\n");
    }

    public static PdfLayout layout(PDDocument document) throws IOException {
        LayoutStripper s = new LayoutStripper();
        s.getText(document);
        return new PdfLayout(Kashida.withoutJustification(s.lines, s.unmappedKashidas > 0), s.rules, s.unmapped, s.repaired);
    }

    /** Counts the glyphs no character stands for (no ToUnicode entry, no glyph name to read one from). */
    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, org.apache.pdfbox.util.Vector displacement)
            throws IOException {
        // as PDFBox reads a glyph (ToUnicode, then the encoding's glyph names): what it cannot read it
        // replaces by the code itself
        boolean none = font != null && font.toUnicode(code, org.apache.pdfbox.pdmodel.font.encoding.GlyphList.getAdobeGlyphList()) == null;
        if (none) {
            unmapped.merge(getCurrentPageNo(), 1, Integer::sum);
        }
        showingUnmapped = none;
        try {
            super.showGlyph(textRenderingMatrix, font, code, displacement);
        } finally {
            showingUnmapped = false;
        }
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        wordStarts.add(current.size());
        int first = current.size();
        for (int k = 0; k < positions.size(); k++) {
            TextPosition p = positions.get(k);
            if (guessed(p) && besideArabic(positions, k)) {
                // A glyph with no character inside an Arabic word is a kashida the producer drew to justify
                // the line (LibreOffice's have no Unicode mapping): stretching, not text. An empty glyph,
                // not none, so that the word's starts keep pointing at the same letters.
                current.add(new Glyph("", p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), p.getFontSizeInPt(), false, false));
                unmappedKashidas++;
                continue;
            }
            int style = p.getFont() == null ? 0 : styles.computeIfAbsent(p.getFont(), LayoutStripper::style);
            String unicode = p.getUnicode();
            Integer span = spanOf.get(p);
            if (span != null) {
                // the span's text once, on the first of its glyphs that is written; its other glyphs are empty
                unicode = spansWritten.add(span) ? spanTexts.get(span) : "";
            }
            if (span == null && p.getFont() != null && p.getCharacterCodes().length == 1) {
                String fixed = repairs.computeIfAbsent(p.getFont(), TextRepair::of).get(p.getCharacterCodes()[0]);
                if (fixed != null) {
                    unicode = fixed;
                    repaired.merge(getCurrentPageNo(), 1, Integer::sum);
                }
            }
            current.add(new Glyph(compatible(unicode), p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(),
                    p.getFontSizeInPt(), (style & BOLD) != 0, (style & ITALIC) != 0));
        }
        zeroWidthFirst(current, first);
    }

    /**
     * Whether the text of {@code p} is PDFBox's guess for a glyph that maps to nothing: its code as a
     * character. A producer's /ActualText for the glyph (LibreOffice writes one for a tatweel that is text,
     * none for a justification kashida drawn with the same glyph) is the text, not a guess.
     */
    private boolean guessed(TextPosition p) {
        if (!unmappedPositions.contains(p) || spanOf.containsKey(p)) {
            return false;
        }
        int[] codes = p.getCharacterCodes();
        return codes.length == 1 && String.valueOf((char) codes[0]).equals(p.getUnicode());
    }

    /** Whether the nearest mapped glyph on either side of {@code k} is right-to-left (an Arabic letter). */
    private boolean besideArabic(List<TextPosition> positions, int k) {
        for (int step : new int[] {-1, 1}) {
            for (int i = k + step; i >= 0 && i < positions.size(); i += step) {
                if (!guessed(positions.get(i))) {
                    String u = positions.get(i).getUnicode();
                    if (u != null && BidiOrder.hasRtl(u)) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    /**
     * Some fonts draw a ligature as two glyphs, one of them with no width drawn over the other (Noto Naskh's
     * lam-alef: "أ" of no width where "ل" starts, or a tenth of a point into it on a justified line; one at
     * the far end of the glyph before it is that glyph's neighbour, not its part).
     * Shaping gives right-to-left glyphs in visual order, the one of no width first; sorted by position
     * the two keep the content stream's order, or the nudge's. In right-to-left words the glyph of no width
     * goes first, as shaping has it, so that reading back gives "لأ" and no gap opens after the lam.
     */
    private static void zeroWidthFirst(List<Glyph> glyphs, int from) {
        for (int i = Math.max(from, 1); i < glyphs.size(); i++) {
            Glyph a = glyphs.get(i - 1);
            Glyph b = glyphs.get(i);
            if (b.ligaturePartOf(a, 0.05f)) {
                glyphs.set(i - 1, b);
                glyphs.set(i, a);
            }
        }
    }

    /** Bold and italic from the font's name and descriptor; worked out once per font, not per glyph. */
    private static int style(PDFont font) {
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        PDFontDescriptor d = font.getFontDescriptor();
        boolean bold = name.contains("bold") || name.contains("heavy") || name.contains("black")
                || (d != null && (d.isForceBold() || d.getFontWeight() >= 600));
        boolean italic = name.contains("italic") || name.contains("oblique") || (d != null && d.isItalic());
        return (bold ? BOLD : 0) | (italic ? ITALIC : 0);
    }

    /**
     * A vowel mark or shadda is a glyph of its own with no width, and its origin need not lie over its
     * letter: LibreOffice puts the damma of "تُ" where the letter before it ends, where PDFBox would merge
     * it into the wrong letter, or into the wrong half of a lam-alef ligature. Marks are kept aside and put
     * on the letter under the middle of their own outline when the page is done.
     */
    @Override
    public void beginMarkedContentSequence(org.apache.pdfbox.cos.COSName tag, org.apache.pdfbox.cos.COSDictionary properties) {
        String actual = properties == null ? null : properties.getString(org.apache.pdfbox.cos.COSName.ACTUAL_TEXT);
        if (actual != null) {
            spanTexts.add(actual);
            openSpans.push(spanTexts.size() - 1);
        } else {
            openSpans.push(-1);
        }
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        if (!openSpans.isEmpty()) {
            openSpans.pop();
        }
        super.endMarkedContentSequence();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (showingUnmapped) {
            unmappedPositions.add(text);
        }
        // the outermost span with an /ActualText decides, as PDFBox has it
        for (java.util.Iterator<Integer> it = openSpans.descendingIterator(); it.hasNext(); ) {
            int span = it.next();
            if (span >= 0) {
                spanOf.put(text, span);
                break;
            }
        }
        String u = text.getUnicode();
        if (u != null && !u.isEmpty() && onlyMarks(u) && text.getWidthDirAdj() < 0.5f) {
            marks.add(new Glyph(u, outlineCenter(text), text.getYDirAdj(), 0, text.getFontSizeInPt(), false, false));
            return;
        }
        super.processTextPosition(text);
    }

    /** Whether every character of {@code u} is a non-spacing mark (a loop: this runs for every glyph). */
    private static boolean onlyMarks(String u) {
        for (int i = 0; i < u.length(); ) {
            int c = u.codePointAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** The middle of the glyph's outline on the page, or its origin where the font cannot draw it. */
    private static float outlineCenter(TextPosition t) {
        int[] codes = t.getCharacterCodes();
        if (t.getFont() instanceof PDVectorFont font && codes.length > 0) {
            try {
                Rectangle2D outline = font.getNormalizedPath(codes[0]).getBounds2D();
                if (!outline.isEmpty()) {
                    Matrix at = t.getTextMatrix().clone();
                    at.translate((float) outline.getCenterX() / 1000f, 0);
                    return t.getXDirAdj() + (at.getTranslateX() - t.getTextMatrix().getTranslateX());
                }
            } catch (IOException | RuntimeException e) {
                // a font that cannot give the outline: the origin has to do
            }
        }
        return t.getXDirAdj();
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        org.rapporteur.model.Checkpoint.check();
        pageRules = new Rules(page.getMediaBox().getHeight());
        pageStart = lines.size();
        super.startPage(page);
    }

    /** Path construction, which a text stripper has no use for: only lines and thin rectangles matter here. */
    @Override
    protected void unsupportedOperator(Operator operator, List<COSBase> operands) {
        String op = operator.getName();
        if (pageRules == null || !(op.equals("m") || op.equals("l") || op.equals("re"))) {
            return;
        }
        float[] v = new float[operands.size()];
        for (int i = 0; i < v.length; i++) {
            if (!(operands.get(i) instanceof COSNumber n)) {
                return; // a malformed operator draws nothing we can read
            }
            v[i] = n.floatValue();
        }
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        if (op.equals("re") && v.length >= 4) {
            pageRules.rectangle(ctm.transformPoint(v[0], v[1]), ctm.transformPoint(v[0] + v[2], v[1]),
                    ctm.transformPoint(v[0] + v[2], v[1] + v[3]), ctm.transformPoint(v[0], v[1] + v[3]));
        } else if (op.equals("m") && v.length >= 2) {
            pageRules.moveTo(ctm.transformPoint(v[0], v[1]));
        } else if (op.equals("l") && v.length >= 2) {
            pageRules.lineTo(ctm.transformPoint(v[0], v[1]));
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
    protected void endPage(PDPage page) throws IOException {
        writeLineSeparator();
        MarkPlacer.place(marks, lines.subList(pageStart, lines.size()));
        marks.clear();
        float drawn = drawnSpace(lines.subList(pageStart, lines.size()));
        for (int i = pageStart; drawn > 0 && i < lines.size(); i++) {
            lines.set(i, lines.get(i).withDrawnSpace(drawn));
        }
        rules.put(getCurrentPageNo(), pageRules.list());
        unmappedPositions.clear();
        spanOf.clear();
        super.endPage(page);
    }

    /**
     * The width of the space glyphs a page draws between its words (their median), where it draws them far
     * more often than it leaves a bare gap that PDFBox takes for a word break; 0 where it does not. Word
     * writes every space as a glyph and kerns inside words; TeX and some other producers write none.
     */
    static float drawnSpace(List<PdfLine> page) {
        List<Float> widths = new ArrayList<>();
        int bare = 0;
        for (PdfLine l : page) {
            List<Glyph> gs = l.glyphs();
            for (int i = 1; i < gs.size(); i++) {
                if (gs.get(i).text().equals(" ") && gs.get(i).width() > 0 && !gs.get(i - 1).text().isBlank()) {
                    widths.add(gs.get(i).width());
                }
            }
            for (int i : l.wordStarts()) {
                if (i > 0 && i < gs.size() && !gs.get(i - 1).text().isBlank() && !gs.get(i).text().isBlank()) {
                    bare++;
                }
            }
        }
        if (widths.size() < 2 * bare || widths.size() < 10) {
            return 0;
        }
        widths.sort(null);
        return widths.get(widths.size() / 2);
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
