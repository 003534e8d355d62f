package org.rapporteur.format.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.format.pdf.internal.Glyph;
import org.rapporteur.format.pdf.internal.LineAssembler;
import org.rapporteur.format.pdf.internal.PdfLine;
import org.rapporteur.model.Line;

class LineAssemblerTest {
    private static final float BODY = 11;

    /** A line of 11-point text of {@code chars} glyphs, 5.5 points apart, from {@code x} on {@code baseline}. */
    private static PdfLine line(int page, float x, float baseline, int chars) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < chars; i++) {
            glyphs.add(new Glyph("a", x + i * 5.5f, baseline, 5.5f, BODY, false, false));
        }
        return new PdfLine(page, glyphs, List.of(0));
    }

    /** Full body pages: lines 23 points apart, a first-line indent of two ems where a paragraph starts. */
    private static List<PdfLine> bodyPages() {
        List<PdfLine> lines = new ArrayList<>();
        for (int page = 1; page <= 2; page++) {
            for (int i = 0; i < 28; i++) {
                lines.add(line(page, i % 4 == 0 ? 93 : 71, 85 + 23 * i, 82));
            }
        }
        return lines;
    }

    @Test
    void aLastPageOfTwoLinesAndCloserSetClosingLinesKeepsItsParagraphTogether() {
        // The paragraph's last two lines at the body's pitch, then the meeting and date at the right, set
        // closer together than the body: the page's pitch is the body's, and no gap opens between the two lines.
        List<PdfLine> lines = bodyPages();
        lines.add(line(3, 71, 85, 82));
        lines.add(line(3, 71, 108, 40));
        lines.add(line(3, 430, 148, 16));
        lines.add(line(3, 439, 164.5f, 16));
        List<Line> page3 = LineAssembler.assemble(lines).stream().filter(l -> l.page() == 3).toList();
        assertThat(page3.get(1).layout().breakBefore()).as("the paragraph's last line").isFalse();
        assertThat(page3.get(2).layout().breakBefore()).as("the meeting").isTrue();
    }

    @Test
    void aLineWellBelowTheOneAboveStartsAParagraph() {
        List<PdfLine> lines = bodyPages();
        lines.add(line(3, 71, 85, 82));
        lines.add(line(3, 71, 108, 82));
        lines.add(line(3, 71, 145, 82));
        List<Line> page3 = LineAssembler.assemble(lines).stream().filter(l -> l.page() == 3).toList();
        assertThat(page3).extracting(l -> l.layout().breakBefore()).containsExactly(false, false, true);
    }

    /**
     * Page 1: paragraphs of three lines, the first indented two ems, the others at the margin; then a
     * one-line paragraph that fills its line, and a line at the same indent. {@code gap}: the space between
     * paragraphs, beyond the line pitch.
     */
    private static List<Line> fullOneLineParagraphThenIndentedLine(float gap) {
        List<PdfLine> lines = new ArrayList<>();
        float y = 85;
        for (int p = 0; p < 6; p++) {
            y += gap;
            lines.add(line(1, 93, y, 78));
            lines.add(line(1, 71, y += 14, 82));
            lines.add(line(1, 71, y += 14, 30));
            y += 14;
        }
        lines.add(line(1, 93, y += gap, 78));
        lines.add(line(1, 93, y + 14, 40));
        return LineAssembler.assemble(lines);
    }

    @Test
    void whereOnlyIndentsSetParagraphsApartAFullLineAtTheFirstLineIndentIsFollowedByAnotherParagraph() {
        List<Line> out = fullOneLineParagraphThenIndentedLine(0);
        assertThat(out.get(out.size() - 1).layout().breakBefore()).isTrue();
    }

    @Test
    void whereSpaceSetsParagraphsApartALineAtTheIndentOfAFullLineGoesOnWithItsBlock() {
        // (LibreOffice sets a sub-paragraph as a block at the first-line indent: its lines follow without space)
        List<Line> out = fullOneLineParagraphThenIndentedLine(8);
        assertThat(out.get(out.size() - 1).layout().breakBefore()).isFalse();
        assertThat(out.get(out.size() - 2).layout().breakBefore()).isTrue();
    }

    /** Glyphs of {@code text} at 11 points, 5 points wide, placed one after another with {@code gaps[i]} before word i. */
    private static PdfLine words(float drawnSpace, float[] gaps, String... words) {
        List<Glyph> glyphs = new ArrayList<>();
        float x = 71;
        for (int w = 0; w < words.length; w++) {
            x += gaps[w];
            for (char c : words[w].toCharArray()) {
                glyphs.add(new Glyph(String.valueOf(c), x, 100, 5, BODY, false, false));
                x += 5;
            }
        }
        // PDFBox saw no word gap at all: one word start
        return new PdfLine(1, glyphs, List.of(0), drawnSpace);
    }

    private static String text(PdfLine line) {
        return org.rapporteur.model.Inlines.plainText(org.rapporteur.format.pdf.internal.GlyphInlines.of(line, false));
    }

    @Test
    void aBoldItalicRunIsItalicInsideBold() {
        // "Recalling also its resolution": the lead in a bold italic font, as the UN's Arabic leads are set
        List<Glyph> glyphs = new ArrayList<>();
        float x = 71;
        String text = "Recalling also its resolution";
        for (int i = 0; i < text.length(); i++, x += 5) {
            boolean lead = i < "Recalling also".length();
            glyphs.add(new Glyph(String.valueOf(text.charAt(i)), x, 100, 5, BODY, lead, lead));
        }
        List<org.rapporteur.model.Inline> inlines = org.rapporteur.format.pdf.internal.GlyphInlines.of(new PdfLine(1, glyphs, List.of(0), 5), false);
        assertThat(inlines).startsWith(new org.rapporteur.model.Emphasis(org.rapporteur.model.Emphasis.Style.BOLD,
                List.of(org.rapporteur.model.Emphasis.of(org.rapporteur.model.Emphasis.Style.ITALIC, "Recalling also"))));
        assertThat(org.rapporteur.model.Inlines.plainText(inlines)).isEqualTo(text);
    }

    @Test
    void raisedLettersAgainstAWordAreAnOrdinalsEndingAndRaisedDigitsAMark() {
        // "du 1er décembre, les XVIIes Jeux 3": "er" and "es" raised and small, "3" a note's mark
        List<Glyph> glyphs = new ArrayList<>();
        float[] x = {71};
        java.util.function.BiConsumer<String, Boolean> put = (t, raised) -> {
            for (char c : t.toCharArray()) {
                glyphs.add(raised ? new Glyph(String.valueOf(c), x[0], 96, 3.5f, 7, false, false)
                        : new Glyph(String.valueOf(c), x[0], 100, 5, BODY, false, false));
                x[0] += raised ? 3.5f : 5;
            }
        };
        put.accept("du 1", false);
        put.accept("er", true);
        put.accept(" décembre, les XVII", false);
        put.accept("es", true);
        put.accept(" Jeux", false);
        put.accept("3", true);
        List<org.rapporteur.model.Inline> inlines = org.rapporteur.format.pdf.internal.GlyphInlines.of(new PdfLine(1, glyphs, List.of(0), 5), false);
        var sup = org.rapporteur.model.Emphasis.Style.SUPERSCRIPT;
        assertThat(inlines).containsExactly(new org.rapporteur.model.Text("du 1"), org.rapporteur.model.Emphasis.of(sup, "er"),
                new org.rapporteur.model.Text(" décembre, les XVII"), org.rapporteur.model.Emphasis.of(sup, "es"),
                new org.rapporteur.model.Text(" Jeux"), new org.rapporteur.model.Mark("3"));
        assertThat(org.rapporteur.model.Inlines.plainText(inlines)).isEqualTo("du 1er décembre, les XVIIes Jeux");
    }

    @Test
    void onAPageWithoutSpaceGlyphsAGapPdfBoxMissedIsAWordGap() {
        // TeX: "Territory must take place, with" with words placed 2.5 points (0.23 em) apart
        PdfLine tex = words(0, new float[] {0, 2.5f, 2.5f, 2.5f, 2.5f}, "Territory", "must", "take", "place,", "with");
        assertThat(text(tex)).isEqualTo("Territory must take place, with");
        // kerning inside a word (0.5 point) is no gap
        PdfLine kerned = words(0, new float[] {0, 0.5f}, "Terri", "tory");
        assertThat(text(kerned)).isEqualTo("Territory");
        // where the page draws its spaces (Word), a bare gap is kerning, however wide PDFBox left it
        PdfLine word = words(2.75f, new float[] {0, 2.5f}, "Al", "Qaida");
        assertThat(text(word)).isEqualTo("AlQaida");
    }
    /** Glyphs of the words 5 points wide, 3 points apart, each word a word start as PDFBox sees it; " " a drawn space glyph. */
    private static PdfLine wordStarts(String... words) {
        List<Glyph> glyphs = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        float x = 71;
        for (String w : words) {
            starts.add(glyphs.size());
            for (int k = 0; k < w.length(); k++) {
                glyphs.add(new Glyph(String.valueOf(w.charAt(k)), x, 100, 5, BODY, false, false));
                x += 5;
            }
            x += 3;
        }
        return new PdfLine(1, glyphs, starts, 0);
    }

    @Test
    void theGapBetweenChineseAndLatinLettersOrDigitsIsTypographyNotASpace() {
        // LibreOffice and Word set Chinese apart from digits and Latin letters with a gap and draw no space glyph
        assertThat(text(wordStarts("委员会", "2023", "年报告，第", "1514(XV)号决议", "ekecheiria"))).isEqualTo("委员会2023年报告，第1514(XV)号决议ekecheiria");
        // a drawn space glyph is the text's own, and is kept
        assertThat(text(wordStarts("第", " ", "33", " ", "段"))).isEqualTo("第 33 段");
        // between Latin words, and between Chinese punctuation and digits, a gap stays a word gap
        assertThat(text(wordStarts("A/78/429,", "para.", "33"))).isEqualTo("A/78/429, para. 33");
        assertThat(text(wordStarts("会议", "Sport", "for"))).isEqualTo("会议Sport for");
        // a wider gap sets apart what the layout placed apart: a running header's symbol and its title
        PdfLine header = wordStarts("A/RES/65/218", "加强人权领域");
        List<Glyph> apart = new ArrayList<>(header.glyphs());
        for (int i = 12; i < apart.size(); i++) {
            Glyph g = apart.get(i);
            apart.set(i, new Glyph(g.text(), g.x() + 20, g.baseline(), g.width(), g.size(), false, false));
        }
        assertThat(text(new PdfLine(1, apart, header.wordStarts(), 0))).isEqualTo("A/RES/65/218   加强人权领域");
    }
}
