package org.rapporteur.format.pdf.internal;

import java.util.List;
import java.util.Map;

/**
 * What one pass over a PDF's pages gives: its text lines, the horizontal rules of each page by number, and
 * the number of glyphs on each page that map to no character, and of letters read from the font program
 * because the text layer's map contradicted it.
 */
public record PdfLayout(List<PdfLine> lines, Map<Integer, List<float[]>> rules, Map<Integer, Integer> unmapped,
                        Map<Integer, Integer> repaired) {
}
