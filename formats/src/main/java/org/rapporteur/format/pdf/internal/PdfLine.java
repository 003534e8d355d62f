package org.rapporteur.format.pdf.internal;

import java.util.List;

/** A line of glyphs on a page, in reading order, with the gaps PDFBox saw between words. */
public record PdfLine(int page, List<Glyph> glyphs, List<Integer> wordStarts, float pageWidth, float pageHeight) {
    public PdfLine {
        glyphs = List.copyOf(glyphs);
        wordStarts = List.copyOf(wordStarts);
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
        java.util.Map<Float, Integer> counts = new java.util.HashMap<>();
        for (Glyph g : glyphs) {
            counts.merge(Math.round(g.size() * 2) / 2f, g.text().length(), Integer::sum);
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(java.util.Map.Entry.comparingByKey())).orElseThrow().getKey();
    }

    /** The baseline of the line's body-size characters. */
    public float baseline() {
        float size = bodySize();
        return (float) glyphs.stream().filter(g -> Math.abs(g.size() - size) < 0.6f)
                .mapToDouble(Glyph::baseline).max().orElse(glyphs.get(0).baseline());
    }
}
