package org.rapporteur.format.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts combining marks (Arabic vowel signs, shadda; any script's) on the letter they are drawn over:
 * the glyph whose box holds the middle of the mark, on the mark's line. Within a glyph of several
 * letters (a lam-alef ligature) the mark goes after the letter under it, counting from the right in
 * right-to-left text.
 */
final class MarkPlacer {
    private MarkPlacer() {
    }

    /** Adds each of {@code marks} to a glyph of {@code lines}, which it replaces in place. */
    static void place(List<Glyph> marks, List<PdfLine> lines) {
        for (Glyph m : marks) {
            int bestLine = -1;
            int bestGlyph = -1;
            float bestDistance = Float.MAX_VALUE;
            for (int li = 0; li < lines.size(); li++) {
                PdfLine line = lines.get(li);
                if (Math.abs(line.baseline() - m.baseline()) > m.size()) {
                    continue;
                }
                List<Glyph> glyphs = line.glyphs();
                for (int gi = 0; gi < glyphs.size(); gi++) {
                    Glyph g = glyphs.get(gi);
                    if (g.text().isBlank()) {
                        continue;
                    }
                    float d = m.x() < g.x() ? g.x() - m.x() : Math.max(0, m.x() - (g.x() + g.width()));
                    d += Math.abs(line.baseline() - m.baseline()) / 100f;
                    if (d < bestDistance) {
                        bestDistance = d;
                        bestLine = li;
                        bestGlyph = gi;
                    }
                }
            }
            if (bestLine >= 0) {
                PdfLine line = lines.get(bestLine);
                List<Glyph> glyphs = new ArrayList<>(line.glyphs());
                bestGlyph = ligaturePart(glyphs, bestGlyph, m);
                glyphs.set(bestGlyph, withMark(glyphs.get(bestGlyph), m));
                lines.set(bestLine, line.with(glyphs, line.wordStarts()));
            }
        }
    }

    /**
     * A ligature drawn as two glyphs, one of no width over the other (Noto Naskh's lam-alef, the no-width
     * alef first, see LayoutStripper; a justified line may set it a little left of the other): right to
     * left, the right half of the drawing is the first letter and the left half the second, so a mark over
     * the left half ("لاً") goes on the glyph of no width.
     */
    private static int ligaturePart(List<Glyph> glyphs, int best, Glyph m) {
        for (int z = Math.max(0, best - 1); z <= best && z + 1 < glyphs.size(); z++) {
            Glyph base = glyphs.get(z + 1);
            if (glyphs.get(z).ligaturePartOf(base, 0.5f)) {
                return m.x() < base.x() + base.width() / 2 ? z : z + 1;
            }
        }
        return best;
    }

    private static Glyph withMark(Glyph g, Glyph m) {
        String t = g.text();
        if (t.contains(m.text())) {
            return g; // the font's own mapping already gave the letter this mark ("أُ")
        }
        int n = t.codePointCount(0, t.length());
        if (n <= 1) {
            return g.withText(t + m.text());
        }
        float share = g.width() / n;
        int k = share <= 0 ? n - 1 : Math.min(n - 1, Math.max(0, (int) ((m.x() - g.x()) / share)));
        boolean rtl = t.codePoints().anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT);
        int letter = rtl ? n - 1 - k : k;
        int at = t.offsetByCodePoints(0, letter + 1);
        return g.withText(t.substring(0, at) + m.text() + t.substring(at));
    }
}
