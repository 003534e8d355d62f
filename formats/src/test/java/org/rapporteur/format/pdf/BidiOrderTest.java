package org.rapporteur.format.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.format.pdf.internal.BidiOrder;
import org.rapporteur.format.pdf.internal.Glyph;

class BidiOrderTest {
    /** Glyphs laid left to right on the page, one per string. */
    private static List<Glyph> visual(String... glyphs) {
        List<Glyph> out = new ArrayList<>();
        float x = 0;
        for (String g : glyphs) {
            out.add(new Glyph(g, x, 100, 5, 10, false, false));
            x += 5;
        }
        return out;
    }

    private static String text(List<Glyph> glyphs) {
        StringBuilder sb = new StringBuilder();
        glyphs.forEach(g -> sb.append(g.text()));
        return sb.toString();
    }

    @Test
    void arabicInVisualOrderComesBackInReadingOrderWithLigaturesWhole() {
        // "الأعمال" as a PDF lays it out: left to right is the end of the word first; "لأ" is one ligature glyph.
        List<Glyph> page = visual("ل", "ا", "م", "ع", "لأ", "ا");
        assertThat(text(BidiOrder.logical(page, false))).isEqualTo("الأعمال");
    }

    @Test
    void numbersInsideArabicKeepTheirDigitOrder() {
        // "قرارها 76/13 المؤرخ" laid out right to left: the number reads left to right inside it.
        List<Glyph> page = visual("خ", "ر", "ؤ", "م", "ل", "ا", " ", "7", "6", "/", "1", "3", " ", "ا", "ه", "ر", "ا", "ر", "ق");
        assertThat(text(BidiOrder.logical(page, false))).isEqualTo("قرارها 76/13 المؤرخ");
    }

    @Test
    void aZeroWidthMarkGoesWithTheLetterRightOfIt() {
        // "أيضاً " as LibreOffice lays it out: the tanween (U+064B) sits just left of its alef.
        List<Glyph> page = List.of(new Glyph(" ", 433.9f, 100, 2.8f, 10, false, false),
                new Glyph("\u064B", 435.7f, 100, 0, 10, false, false), new Glyph("ا", 436.8f, 100, 3, 10, false, false),
                new Glyph("ض", 439.8f, 100, 8.7f, 10, false, false), new Glyph("ي", 448.5f, 100, 3, 10, false, false),
                new Glyph("أ", 451.5f, 100, 3, 10, false, false));
        assertThat(text(BidiOrder.logical(page, true))).isEqualTo("أيضاً ");
    }

    @Test
    void aNumberAfterArabicWordsStaysApartFromTheSymbolBesideIt() {
        // "الملحق رقم 54 (A/78/54)، الفصل" as a right-to-left line shows it, left to right.
        String logical = "رقم 54 (A/78/54)، الفصل";
        java.text.Bidi bidi = new java.text.Bidi(logical, java.text.Bidi.DIRECTION_RIGHT_TO_LEFT);
        Object[] chars = new Object[logical.length()];
        byte[] levels = new byte[logical.length()];
        for (int i = 0; i < logical.length(); i++) {
            chars[i] = String.valueOf(logical.charAt(i));
            levels[i] = (byte) bidi.getLevelAt(i);
        }
        java.text.Bidi.reorderVisually(levels, 0, chars, 0, chars.length);
        List<Glyph> page = visual(java.util.Arrays.stream(chars).map(String::valueOf).toArray(String[]::new));
        assertThat(text(BidiOrder.logical(page, true))).isEqualTo(logical);
    }

    @Test
    void superscriptMarksStayWithTheRightToLeftSentence() {
        // An English note in an Arabic document: ". United Nations 1577 )( ⁴" on the page.
        List<Glyph> page = new ArrayList<>(visual(".", "U", "N", " ", "1", "5", "7", "7", " ", ")", "("));
        page.add(new Glyph("4", 60, 96, 3, 6, false, false));
        List<Glyph> logical = BidiOrder.logical(page, true, g -> g.size() < 8);
        assertThat(text(logical)).isEqualTo("4() UN 1577.");
    }

    @Test
    void ligaturesAndArabicPresentationFormsBecomeLetters() {
        assertThat(org.rapporteur.format.pdf.internal.LayoutStripper.compatible("\uFB01nancial")).isEqualTo("financial");
        assertThat(org.rapporteur.format.pdf.internal.LayoutStripper.compatible("\uFEDF\uFEF4")).isEqualTo("لي");
        assertThat(org.rapporteur.format.pdf.internal.LayoutStripper.compatible("第 2000/22 号")).isEqualTo("第 2000/22 号");
    }

    @Test
    void leftToRightLinesAreLeftAlone() {
        List<Glyph> page = visual("2", "7", " ", "N", "o", "v");
        assertThat(BidiOrder.logical(page, false)).isSameAs(page);
        assertThat(BidiOrder.rightToLeft(page)).isFalse();
        assertThat(BidiOrder.rightToLeft(visual("ق", "ر", "ا", "ر"))).isTrue();
    }

    @Test
    void aNoteNumberInBracketsAtTheRightEndIsOneUnitAtTheStart() {
        // "(2) A/78/L.9." as a right-to-left note line holds it: logical characters in visual places, the
        // final period at the left end
        List<Glyph> page = visual(".", "A", "/", "7", "8", "/", "L", ".", "9", " ", ")", "2", "(");
        assertThat(text(BidiOrder.logical(page, true, g -> false, true, true))).isEqualTo("(2) A/78/L.9.");
        // the brackets as the glyphs' own characters, or the digit apart from them
        List<Glyph> own = visual(".", "A", "/", "7", "8", "/", "L", ".", "9", " ", "(", "2", ")");
        assertThat(text(BidiOrder.logical(own, true, g -> false, true, true))).isEqualTo("(2) A/78/L.9.");
        List<Glyph> apart = visual(".", "A", "/", "7", "8", "/", "L", ".", "9", " ", ")", "(", "2");
        assertThat(text(BidiOrder.logical(apart, true, g -> false, true, true))).isEqualTo("(2) A/78/L.9.");
        // the same without brackets
        List<Glyph> bare = visual(".", "A", "/", "7", "8", "/", "L", ".", "9", " ", "1", "2");
        assertThat(text(BidiOrder.logical(bare, true, g -> false, true, true))).isEqualTo("12 A/78/L.9.");
    }

    @Test
    void aDayBeforeALatinMonthIsAUnitButTheDigitsOfAYearAreNot() {
        // "8 April 2024" set right to left is drawn "April 2024 8"; "2026." is drawn ".2026"
        List<Glyph> date = visual("A", "p", "r", "i", "l", " ", "2", "0", "2", "4", " ", "8");
        assertThat(text(BidiOrder.logical(date, true, g -> false, true, false))).isEqualTo("8 April 2024");
        List<Glyph> year = visual(".", "2", "0", "2", "6");
        assertThat(text(BidiOrder.logical(year, true, g -> false, true, false))).isEqualTo("2026.");
    }
}
