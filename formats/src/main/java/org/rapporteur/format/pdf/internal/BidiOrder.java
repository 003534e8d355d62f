package org.rapporteur.format.pdf.internal;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * PDF pages hold right-to-left text in visual order. This puts a line's glyphs back in logical (reading)
 * order with the Unicode bidirectional algorithm, glyph by glyph: a ligature glyph (Arabic lam-alef) keeps
 * its own characters in order, where reversing characters would scramble them.
 */
public final class BidiOrder {

    private BidiOrder() {
    }

    /** Whether most letters of the line belong to a right-to-left script. */
    public static boolean rightToLeft(List<Glyph> glyphs) {
        int rtl = 0;
        int letters = 0;
        for (Glyph g : glyphs) {
            for (int cp : g.text().codePoints().toArray()) {
                if (Character.isLetter(cp)) {
                    letters++;
                    byte d = Character.getDirectionality(cp);
                    if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                        rtl++;
                    }
                }
            }
        }
        return letters > 0 && rtl * 2 > letters;
    }

    /**
     * The glyphs in logical order. {@code rtlDocument}: the lines are right-to-left paragraphs, as in an
     * Arabic document even where one line holds only Latin text (an English footnote, a date).
     */
    public static List<Glyph> logical(List<Glyph> visual, boolean rtlDocument) {
        if (!rtlDocument && visual.stream().noneMatch(g -> g.text().codePoints().anyMatch(BidiOrder::isRtl))) {
            return visual;
        }
        // One character per glyph stands for it: the visual line is run through the algorithm as if it were
        // logical, which undoes the visual reordering (as PDFBox and poppler do, but keeping glyphs whole).
        StringBuilder proxy = new StringBuilder();
        for (Glyph g : visual) {
            proxy.append(g.text().isEmpty() ? ' ' : g.text().charAt(0));
        }
        boolean rtl = rtlDocument || rightToLeft(visual);
        Bidi bidi = new Bidi(proxy.toString(), rtl ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Object[] pieces = new Object[runs];
        for (int r = 0; r < runs; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            List<Glyph> run = new ArrayList<>(visual.subList(bidi.getRunStart(r), bidi.getRunLimit(r)));
            if ((levels[r] & 1) == 1) {
                // Glyphs only change places: a PDF maps a mirrored bracket glyph to the logical character already.
                Collections.reverse(run);
            }
            pieces[r] = run;
        }
        Bidi.reorderVisually(levels, 0, pieces, 0, runs);
        List<Glyph> out = new ArrayList<>();
        for (Object p : pieces) {
            @SuppressWarnings("unchecked")
            List<Glyph> run = (List<Glyph>) p;
            out.addAll(run);
        }
        return out;
    }

    private static boolean isRtl(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }
}
