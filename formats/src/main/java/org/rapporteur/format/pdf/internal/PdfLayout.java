package org.rapporteur.format.pdf.internal;

import java.util.List;
import java.util.Map;

/** What one pass over a PDF's pages gives: its text lines, and the horizontal rules of each page by number. */
public record PdfLayout(List<PdfLine> lines, Map<Integer, List<float[]>> rules) {
}
