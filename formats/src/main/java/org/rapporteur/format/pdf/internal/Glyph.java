package org.rapporteur.format.pdf.internal;

/**
 * One character as PDFBox placed it: its text, left edge, baseline (from the page top), width, font size
 * in points and the font's style.
 */
public record Glyph(String text, float x, float baseline, float width, float size, boolean bold, boolean italic) {
    Glyph withText(String newText) {
        return new Glyph(newText, x, baseline, width, size, bold, italic);
    }
}
