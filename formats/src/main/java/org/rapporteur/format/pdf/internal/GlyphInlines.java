package org.rapporteur.format.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import org.rapporteur.model.Emphasis;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Mark;
import org.rapporteur.model.Script;
import org.rapporteur.model.Text;

/**
 * A line's glyphs as inline content: a run of small raised digits is a reference mark, a few raised letters
 * against a word an ordinal's raised ending ("1<sup>er</sup>"), bold and italic runs are emphasis, and the gaps PDFBox saw between words become spaces (three for a column gap, so
 * {@code 10-52441 (C)   2/4} keeps its shape).
 */
public final class GlyphInlines {
    /** Below this share of a drawn space's width, a gap between two glyphs is kerning. */
    private static final float KERNING = 0.6f;
    private GlyphInlines() {
    }

    public static List<Inline> of(PdfLine line, boolean rtlDocument) {
        return of(line, rtlDocument, false, false);
    }

    /**
     * {@code rtlParagraph}: the line belongs to a right-to-left paragraph whatever its letters;
     * {@code noteLine}: it is a line of a note, whose number at the right end is a unit of its own.
     */
    public static List<Inline> of(PdfLine line, boolean rtlDocument, boolean rtlParagraph, boolean noteLine) {
        float size = line.bodySize();
        float baseline = line.baseline();
        List<Glyph> gs = BidiOrder.logical(markUnits(withWordGaps(line), size, baseline), rtlDocument,
                g -> superscript(g, size, baseline), rtlParagraph || noteLine, noteLine);
        List<Inline> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int style = -1;
        int i = 0;
        while (i < gs.size()) {
            Glyph g = gs.get(i);
            if (superscript(g, size, baseline)) {
                int end = i;
                StringBuilder mark = new StringBuilder();
                while (end < gs.size() && superscript(gs.get(end), size, baseline)) {
                    mark.append(gs.get(end).text());
                    end++;
                }
                String label = mark.toString().strip().replaceAll("^\\((.*)\\)$", "$1");
                if (label.matches("\\d{1,3}")) {
                    flush(text, style, out);
                    out.add(new Mark(label));
                } else if (mark.toString().matches("\\p{L}{1,4}") && text.length() > 0
                        && Character.isLetterOrDigit(text.charAt(text.length() - 1))) {
                    // raised letters against a word: an ordinal's ending ("1er", "XXXIIIe", "no"), kept raised
                    flush(text, style, out);
                    out.add(Emphasis.of(Emphasis.Style.SUPERSCRIPT, mark.toString()));
                } else {
                    text.append(mark);
                }
                if (end < gs.size() && gap(gs.get(end - 1), gs.get(end)) > 0.25f * size && !text.toString().endsWith(" ")) {
                    text.append(' ');
                }
                i = end;
                continue;
            }
            int s = styleOf(g);
            if (s != style && text.length() > 0 && !text.toString().isBlank()) {
                flush(text, style, out);
            }
            style = s;
            text.append(g.text());
            i++;
        }
        flush(text, style, out);
        return Inlines.strip(out);
    }

    /**
     * The line's glyphs with a space glyph where PDFBox saw a word gap and drew none (three spaces for a
     * column gap), in visual order: a right-to-left line is reordered afterwards, spaces and all.
     */
    private static List<Glyph> withWordGaps(PdfLine line) {
        float size = line.bodySize();
        float baseline = line.baseline();
        List<Glyph> visual = line.glyphs();
        List<Glyph> out = new ArrayList<>(visual.size() + line.wordStarts().size());
        float space = spaceWidth(visual, size);
        for (int i = 0; i < visual.size(); i++) {
            Glyph g = visual.get(i);
            if (i > 0 && line.wordStarts().contains(i) && !superscript(visual.get(i - 1), size, baseline)) {
                Glyph prev = visual.get(i - 1);
                float gap = gap(prev, g);
                // Justified Arabic lines (LibreOffice) stretch words with kashidas, never their spaces, and leave
                // holes inside words that PDFBox takes for word breaks (2.5 pt where a space is 2.77 pt).
                boolean arabicJoin = (BidiOrder.hasRtl(prev.text()) || BidiOrder.hasRtl(g.text())) && gap < 0.95f * space;
                // Where the page draws its spaces (Word), a gap narrower than one is kerning inside a word
                // ("ful l", "Al -Qaida", "Niño ,"), not a word boundary.
                boolean kerned = line.drawnSpace() > 0 && gap < KERNING * line.drawnSpace();
                if (!prev.text().isBlank() && !g.text().isBlank() && !arabicJoin && !kerned && !autospaced(prev, g, gap, size)) {
                    // a column gap: wider than a line's usual word gap by far (three spaces, so cells stay apart)
                    boolean column = gap > 1.2f * size || line.drawnSpace() > 0 && gap > 4 * line.drawnSpace();
                    out.add(new Glyph(column ? "   " : " ", prev.x() + prev.width(), prev.baseline(),
                            Math.max(0, gap), prev.size(), prev.bold(), prev.italic()));
                }
            }
            if (i > 0 && !line.wordStarts().contains(i) && unmarkedWordGap(line, visual.get(i - 1), g, size, baseline)) {
                Glyph prev = visual.get(i - 1);
                out.add(new Glyph(" ", prev.x() + prev.width(), prev.baseline(), gap(prev, g), prev.size(), prev.bold(), prev.italic()));
            }
            if (i > 0 && line.drawnSpace() > 0 && visual.get(i - 1).text().isBlank() && !g.text().isBlank()
                    && gap(visual.get(i - 1), g) > 4 * line.drawnSpace()) {
                // a space glyph and then a tab's width of nothing: a column gap, as wide ones are written
                out.add(new Glyph("  ", visual.get(i - 1).x() + visual.get(i - 1).width(), g.baseline(),
                        gap(visual.get(i - 1), g), g.size(), g.bold(), g.italic()));
            }
            out.add(g);
        }
        return out;
    }

    /**
     * A word gap PDFBox did not see, on a page that draws no space glyphs (TeX and other producers place
     * each word and leave the gap; PDFBox measures it against the font's space width, which such fonts
     * often lack or misstate, and runs words together: "Territorymust"). Between two letters or digits of
     * a left-to-right script, other than Chinese and Japanese, a gap of more than a seventh of the font
     * size is a word gap: the narrowest TeX squeezes a space to is over a fifth, and kerning inside a word
     * stays well under a tenth. Where a page draws its spaces, a bare gap is kerning (see {@link #KERNING}).
     */
    private static boolean unmarkedWordGap(PdfLine line, Glyph prev, Glyph g, float size, float baseline) {
        if (line.drawnSpace() > 0 || prev.text().isBlank() || g.text().isBlank() || superscript(prev, size, baseline)
                || superscript(g, size, baseline) || gap(prev, g) <= size / 7) {
            return false;
        }
        int before = prev.text().codePointBefore(prev.text().length());
        int after = g.text().codePointAt(0);
        return (wordChar(before) || WORD_END.indexOf(before) >= 0) && (wordChar(after) || WORD_START.indexOf(after) >= 0);
    }

    /**
     * The gap a layout program leaves between Chinese or Japanese and Latin letters or digits ("2023 年",
     * "第 33 段": Word's "adjust space between Asian and Latin text", LibreOffice's "spacing between Asian and
     * non-Asian text", xeCJK's glue) is typography, not a space in the text: the UN's own files write
     * "2023年12月7日". Only a drawn space glyph, which is kept as it is, is a space there; and a gap wider
     * than {@link #AUTOSPACE} em sets apart what a layout placed apart (a running header's symbol and title).
     */
    static boolean autospaced(Glyph prev, Glyph g, float gap, float size) {
        int before = prev.text().codePointBefore(prev.text().length());
        int after = g.text().codePointAt(0);
        return gap < AUTOSPACE * size
                && (Script.isCjk(before) && latinOrDigit(after) || latinOrDigit(before) && Script.isCjk(after));
    }

    /** The widest gap, in em, that autospacing leaves (Word and LibreOffice leave about a quarter em). */
    private static final float AUTOSPACE = 0.4f;

    private static boolean latinOrDigit(int cp) {
        return Character.isDigit(cp) || Script.unicodeScript(cp) == Character.UnicodeScript.LATIN && Character.isLetter(cp);
    }

    /** What may end a word before a gap ("place,", "(1993)") and open one after it ("(a)", "“Olympic"). */
    private static final String WORD_END = ",.;:)]\u201D\u2019\u00BB!?%";
    private static final String WORD_START = "([\u201C\u2018\u00AB";

    private static boolean wordChar(int cp) {
        return Character.isLetterOrDigit(cp) && !org.rapporteur.model.Script.isCjk(cp) && !BidiOrder.isRtl(cp);
    }

    /**
     * The raised digits of one mark as one glyph: a mark moves as a unit when a right-to-left line is put
     * in reading order, and its digits keep their own left-to-right order (12, not 21).
     */
    private static List<Glyph> markUnits(List<Glyph> visual, float size, float baseline) {
        List<Glyph> out = new ArrayList<>(visual.size());
        for (Glyph g : visual) {
            Glyph last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && superscript(last, size, baseline) && superscript(g, size, baseline)
                    && Character.isDigit(last.text().charAt(last.text().length() - 1)) && !g.text().isEmpty()
                    && Character.isDigit(g.text().charAt(0)) && g.x() - (last.x() + last.width()) < 0.3f * size) {
                out.set(out.size() - 1, new Glyph(last.text() + g.text(), last.x(), last.baseline(),
                        g.x() + g.width() - last.x(), last.size(), last.bold(), last.italic()));
            } else {
                out.add(g);
            }
        }
        return out;
    }

    /** A word gap is about as wide as the space glyphs the line draws (their median), or a quarter em without any. */
    private static float spaceWidth(List<Glyph> glyphs, float size) {
        double[] widths = glyphs.stream().filter(g -> g.text().equals(" ") && g.width() > 0).mapToDouble(Glyph::width)
                .sorted().toArray();
        return widths.length == 0 ? size * 0.25f / 0.95f : (float) widths[widths.length / 2];
    }

    static boolean superscript(Glyph g, float size, float baseline) {
        return g.size() < 0.8f * size && g.baseline() < baseline - 0.2f * size;
    }

    private static float gap(Glyph a, Glyph b) {
        return b.x() - (a.x() + a.width());
    }

    private static int styleOf(Glyph g) {
        return (g.bold() ? 1 : 0) + (g.italic() ? 2 : 0);
    }

    private static void flush(StringBuilder text, int style, List<Inline> out) {
        if (text.length() == 0) {
            return;
        }
        String t = text.toString();
        text.setLength(0);
        // Spaces stay outside emphasis, so that "Recalling " is emphasis "Recalling" and a space.
        String core = t.strip();
        String lead = t.substring(0, t.indexOf(core.isEmpty() ? t : core));
        String trail = t.substring(lead.length() + core.length());
        if (style <= 0 || core.isEmpty()) {
            out.add(new Text(t));
            return;
        }
        out.add(new Text(lead));
        Emphasis.Style st = (style & 1) != 0 ? Emphasis.Style.BOLD : Emphasis.Style.ITALIC;
        // bold italic is italic inside bold (the UN's Arabic leads: <span class="bold italic">)
        out.add(style == 3 ? new Emphasis(Emphasis.Style.BOLD, List.of(Emphasis.of(Emphasis.Style.ITALIC, core)))
                : Emphasis.of(st, core));
        out.add(new Text(trail));
    }
}
