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

    public PdfLine(int page, List<Glyph> glyphs, List<Integer> wordStarts) {
        if (glyphs.isEmpty()) {
            throw new IllegalArgumentException("a line has glyphs");
        }
        this.page = page;
        this.glyphs = List.copyOf(glyphs);
        this.wordStarts = List.copyOf(wordStarts);
        this.bodySize = mostCommonSize(this.glyphs);
        this.baseline = (float) this.glyphs.stream().filter(g -> Math.abs(g.size() - bodySize) < 0.6f)
                .mapToDouble(Glyph::baseline).max().orElse(this.glyphs.get(0).baseline());
    }

    public int page() {
        return page;
    }

    public List<Glyph> glyphs() {
        return glyphs;
    }

    public List<Integer> wordStarts() {
        return wordStarts;
    }

    public float left() {
        return glyphs.get(0).x();
    }

    public float right() {
        Glyph last = glyphs.get(glyphs.size() - 1);
        return last.x() + last.width();
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
