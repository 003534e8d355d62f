package org.rapporteur.format.pdf.internal;

/**
 * One character as PDFBox placed it: its text, left edge, baseline (from the page top), width, font size
 * in points and the font's style.
 */
public record Glyph(String text, float x, float baseline, float width, float size, boolean bold, boolean italic) {
    Glyph withText(String newText) {
        return new Glyph(newText, x, baseline, width, size, bold, italic);
    }

    /**
     * Whether this glyph, of no width, is the second part of a right-to-left ligature {@code base} draws
     * with it (Noto Naskh's lam-alef: the alef of no width over the lam): both right to left, and this one
     * set over the left half of {@code base}, or up to {@code slack} points left of its start.
     */
    boolean ligaturePartOf(Glyph base, float slack) {
        return width < 0.01f && base.width >= 0.01f && x > base.x - slack && x < base.x + base.width / 2
                && BidiOrder.hasRtl(text) && BidiOrder.hasRtl(base.text);
    }
}
