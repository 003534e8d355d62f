package org.rapporteur.format.pdf.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A line of glyphs on a page, in the order PDFBox found them, with the gaps it saw between words.
 * The body size and baseline are worked out once: every layout decision asks for them.
 */
public final class PdfLine {
    private final int page;
    private final List<Glyph> glyphs;
    private final List<Integer> wordStarts;
    private final float bodySize;
    private final float baseline;
    private final float drawnSpace;
    private final String text;

    public PdfLine(int page, List<Glyph> glyphs, List<Integer> wordStarts) {
        this(page, glyphs, wordStarts, 0);
    }

    /**
     * {@code drawnSpace}: the width of the space glyphs the line's page draws between its words, where the
     * producer writes them (Word does); 0 where it leaves gaps only (see {@link #drawnSpace}).
     */
    public PdfLine(int page, List<Glyph> glyphs, List<Integer> wordStarts, float drawnSpace) {
        if (glyphs.isEmpty()) {
            throw new IllegalArgumentException("a line has glyphs");
        }
        this.page = page;
        this.glyphs = List.copyOf(glyphs);
        this.wordStarts = List.copyOf(wordStarts);
        this.drawnSpace = drawnSpace;
        this.bodySize = mostCommonSize(this.glyphs);
        this.baseline = (float) this.glyphs.stream().filter(g -> Math.abs(g.size() - bodySize) < 0.6f)
                .mapToDouble(Glyph::baseline).max().orElse(this.glyphs.get(0).baseline());
        StringBuilder sb = new StringBuilder();
        this.glyphs.forEach(g -> sb.append(g.text()));
        this.text = sb.toString();
    }

    /** The same line on a page that draws its spaces {@code drawnSpace} wide; nothing is measured again. */
    private PdfLine(PdfLine line, float drawnSpace) {
        this.page = line.page;
        this.glyphs = line.glyphs;
        this.wordStarts = line.wordStarts;
        this.bodySize = line.bodySize;
        this.baseline = line.baseline;
        this.text = line.text;
        this.drawnSpace = drawnSpace;
    }

    /** The line's glyphs' text, in the order PDFBox found them (visual order), spaces drawn included. */
    public String text() {
        return text;
    }

    public int page() {
        return page;
    }

    /**
     * The width of a space glyph where the page writes its word spaces as glyphs, 0 where it leaves gaps only.
     * Where spaces are drawn, they are the word boundaries: a narrower gap is kerning ("ful l", "Al -Qaida").
     */
    public float drawnSpace() {
        return drawnSpace;
    }

    /** The same line, its page drawing spaces {@code width} wide (see {@link #drawnSpace}). */
    public PdfLine withDrawnSpace(float width) {
        return new PdfLine(this, width);
    }

    /** The same line with other glyphs, on the same page with the same spacing. */
    public PdfLine with(List<Glyph> newGlyphs, List<Integer> newWordStarts) {
        return new PdfLine(page, newGlyphs, newWordStarts, drawnSpace);
    }

    public List<Glyph> glyphs() {
        return glyphs;
    }

    public List<Integer> wordStarts() {
        return wordStarts;
    }

    /**
     * Where the line's ink starts: its first glyph that is not blank. Word draws a first-line indent as a tab
     * glyph at the margin, which is no text.
     */
    public float left() {
        for (Glyph g : glyphs) {
            if (!g.text().isBlank()) {
                return g.x();
            }
        }
        return glyphs.get(0).x();
    }

    /** Where the line's ink ends: the end of its last glyph that is not blank. */
    public float right() {
        for (int i = glyphs.size() - 1; i >= 0; i--) {
            Glyph g = glyphs.get(i);
            if (!g.text().isBlank()) {
                return g.x() + g.width();
            }
        }
        Glyph last = glyphs.get(glyphs.size() - 1);
        return last.x() + last.width();
    }

    /**
     * How wide the line's first word is drawn, from its first ink to the end of the glyph before the next
     * word starts (a space glyph, or where the reader found a gap): what the line above would have needed
     * to take the word.
     */
    public float firstWordWidth() {
        int first = 0;
        while (first < glyphs.size() && glyphs.get(first).text().isBlank()) {
            first++;
        }
        if (first == glyphs.size()) {
            return 0;
        }
        int end = first + 1;
        while (end < glyphs.size() && !glyphs.get(end).text().isBlank() && !wordStarts.contains(end)) {
            end++;
        }
        Glyph last = glyphs.get(end - 1);
        return last.x() + last.width() - glyphs.get(first).x();
    }

    /** The size most of the line's characters have: superscript marks do not count. */
    public float bodySize() {
        return bodySize;
    }

    /** The baseline of the line's body-size characters. */
    public float baseline() {
        return baseline;
    }

    private static float mostCommonSize(List<Glyph> glyphs) {
        Map<Float, Integer> counts = new HashMap<>();
        for (Glyph g : glyphs) {
            counts.merge(Math.round(g.size() * 2) / 2f, g.text().length(), Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
    }
}
