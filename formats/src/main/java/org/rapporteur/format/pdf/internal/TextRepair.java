package org.rapporteur.format.pdf.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A text layer that contradicts its own font: a composite font whose ToUnicode map says one letter where
 * the embedded font program's cmap says another for the same glyph (a real UN Spanish PDF reads every "q"
 * as "u" and "f" as "i": "uue", "iniorme"). Where the font program has a cmap, the letters it gives win;
 * only letter-for-letter differences count, so ligatures, spaces and punctuation a map may write its own
 * way are left as they are.
 */
final class TextRepair {
    private TextRepair() {
    }

    /** The codes of {@code font} whose letter the font program gives differently, with that letter; often empty. */
    static Map<Integer, String> of(PDFont font) {
        if (!(font instanceof PDType0Font type0) || !(type0.getDescendantFont() instanceof PDCIDFontType2 cid)
                || !type0.isEmbedded()) {
            return Map.of();
        }
        try {
            TrueTypeFont ttf = cid.getTrueTypeFont();
            CmapLookup cmap = ttf == null ? null : ttf.getUnicodeCmapLookup(false);
            org.apache.pdfbox.cos.COSStream stream = font.getCOSObject().getCOSStream(org.apache.pdfbox.cos.COSName.TO_UNICODE);
            if (cmap == null || stream == null) {
                return Map.of();
            }
            // the map read here, not through the font, which warns of every code it cannot map
            org.apache.fontbox.cmap.CMap toUnicode;
            try (var in = stream.createView()) {
                toUnicode = new org.apache.fontbox.cmap.CMapParser().parse(in);
            }
            Map<Integer, String> fixes = new HashMap<>();
            int glyphs = ttf.getNumberOfGlyphs();
            for (int code = 0; code < Math.min(glyphs, 0xFFFF); code++) {
                String mapped = toUnicode.toUnicode(code);
                if (mapped == null || mapped.codePointCount(0, mapped.length()) != 1) {
                    continue;
                }
                List<Integer> own = cmap.getCharCodes(cid.codeToGID(code));
                int m = mapped.codePointAt(0);
                if (own == null || own.isEmpty() || own.contains(m) || !Character.isLetter(m)) {
                    continue;
                }
                int letter = own.get(0);
                if (Character.isLetter(letter)) {
                    fixes.put(code, new String(Character.toChars(letter)));
                }
            }
            return fixes;
        } catch (IOException | RuntimeException e) {
            return Map.of(); // a font that cannot be read says nothing against its map
        }
    }
}
