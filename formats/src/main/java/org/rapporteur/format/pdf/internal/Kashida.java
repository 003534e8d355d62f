package org.rapporteur.format.pdf.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes out the kashidas (tatweel, U+0640) a word processor draws to justify Arabic lines, and keeps
 * those of the text. LibreOffice maps some stretched letters to the letter and a tatweel ("عـ"): that
 * tatweel is always the layout's. A tatweel glyph alone between two letters is the text's when the
 * document writes that pair of letters with one every time and at least twice (the UN's "النـزاع",
 * "النـزاعات"), and the layout's otherwise: justification stretches a pair here and not there.
 */
final class Kashida {
    private static final String TATWEEL = "\u0640";

    private Kashida() {
    }

    /**
     * The lines without the justification kashidas; the very same lines where there are none.
     * {@code kashidasUnmapped}: the producer drew its justification kashidas as glyphs with no character
     * (they are gone already), so every tatweel that does read as one is the text's: LibreOffice gives the
     * text's tatweel an /ActualText and its own none, though both are the same glyph.
     */
    static List<PdfLine> withoutJustification(List<PdfLine> lines, boolean kashidasUnmapped) {
        if (lines.stream().noneMatch(l -> l.glyphs().stream().anyMatch(g -> g.text().contains(TATWEEL)))) {
            return lines;
        }
        Map<String, Integer> stretched = new HashMap<>();
        Map<String, Integer> plain = new HashMap<>();
        for (PdfLine l : lines) {
            List<Glyph> gs = l.glyphs();
            for (int i = 1; i < gs.size(); i++) {
                Glyph before = letter(gs, i, -1);
                Glyph after = letter(gs, i, 1);
                if (gs.get(i).text().equals(TATWEEL) && before != null && after != null) {
                    stretched.merge(pair(before, after), 1, Integer::sum);
                } else if (!gs.get(i).text().isEmpty() && before != null && !before.text().equals(TATWEEL)) {
                    plain.merge(pair(before, gs.get(i)), 1, Integer::sum);
                }
            }
        }
        List<PdfLine> out = new ArrayList<>(lines.size());
        for (PdfLine l : lines) {
            List<Glyph> gs = l.glyphs();
            List<Glyph> kept = new ArrayList<>(gs.size());
            boolean changed = false;
            for (int i = 0; i < gs.size(); i++) {
                Glyph g = gs.get(i);
                String t = g.text();
                if (t.length() > 1 && t.contains(TATWEEL)) {
                    g = g.withText(t.replace(TATWEEL, ""));
                } else if (t.equals(TATWEEL)) {
                    Glyph before = letter(gs, i, -1);
                    Glyph after = letter(gs, i, 1);
                    String p = before != null && after != null ? pair(before, after) : "";
                    boolean texts = kashidasUnmapped
                            || stretched.getOrDefault(p, 0) >= 2 && stretched.get(p) > plain.getOrDefault(p, 0);
                    // an empty glyph, not none: the line's word starts keep pointing at the same letters
                    g = texts ? g : g.withText("");
                }
                changed |= g != gs.get(i);
                kept.add(g);
            }
            out.add(changed ? l.with(kept, l.wordStarts()) : l);
        }
        return out;
    }

    /**
     * The nearest glyph from {@code i} in direction {@code step} that is not empty: a kashida the reader
     * already took out (a glyph with no character) stands between letters as an empty glyph.
     */
    private static Glyph letter(List<Glyph> gs, int i, int step) {
        for (int k = i + step; k >= 0 && k < gs.size(); k += step) {
            if (!gs.get(k).text().isEmpty()) {
                return gs.get(k);
            }
        }
        return null;
    }

    private static String pair(Glyph a, Glyph b) {
        return a.text().replace(TATWEEL, "") + "|" + b.text().replace(TATWEEL, "");
    }
}
