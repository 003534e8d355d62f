package org.rapporteur.format.pdf.internal;

import java.util.List;
import java.util.Map;

/**
 * What one pass over a PDF's pages gives: its text lines, the horizontal rules of each page by number, and
 * the number of glyphs on each page that map to no character.
 */
public record PdfLayout(List<PdfLine> lines, Map<Integer, List<float[]>> rules, Map<Integer, Integer> unmapped) {
    public PdfLayout(List<PdfLine> lines, Map<Integer, List<float[]>> rules) {
        this(lines, rules, Map.of());
    }
}
