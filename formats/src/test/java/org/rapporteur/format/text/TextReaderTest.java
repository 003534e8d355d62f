package org.rapporteur.format.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapporteur.format.ReadOptions;
import org.rapporteur.model.ConversionException;
import org.rapporteur.model.Document;
import org.rapporteur.model.Emphasis;
import org.rapporteur.model.Line;
import org.rapporteur.model.Mark;
import org.rapporteur.model.Text;

class TextReaderTest {
    private static final String CHINESE = "重申决心按照《联合国宪章》¹ 中关于\n";

    private static Document read(byte[] bytes) throws ConversionException {
        return new TextReader().read(bytes, "x.txt", ReadOptions.DEFAULTS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-8-BOM", "UTF-16LE-BOM", "UTF-16BE-BOM", "GB18030"})
    void detectsTheEncoding(String encoding) throws Exception {
        byte[] body;
        switch (encoding) {
            case "UTF-8-BOM" -> body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CHINESE.getBytes(StandardCharsets.UTF_8));
            case "UTF-16LE-BOM" -> body = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, CHINESE.getBytes(StandardCharsets.UTF_16LE));
            case "UTF-16BE-BOM" -> body = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, CHINESE.getBytes(StandardCharsets.UTF_16BE));
            default -> body = CHINESE.getBytes(Charset.forName(encoding));
        }
        Line line = read(body).blocks(Line.class).get(0);
        assertThat(line.content()).containsExactly(new Text("重申决心按照《联合国宪章》"), new Mark("1"), new Text(" 中关于"));
    }

    @Test
    void aForcedEncodingWins() throws Exception {
        byte[] latin1 = "Résolution".getBytes(StandardCharsets.ISO_8859_1);
        Document d = new TextReader().read(latin1, "x.txt", new ReadOptions(Optional.of(StandardCharsets.ISO_8859_1)));
        assertThat(d.blocks(Line.class).get(0).text()).isEqualTo("Résolution");
    }

    @Test
    void utf8WithAStrayBytePairStaysUtf8WithAWarning() throws Exception {
        // (it was read as GB18030 without a word: "¹" became "鹿" and the note marks were lost)
        byte[] good = (CHINESE + CHINESE + "第二段¹ 内容\n").getBytes(StandardCharsets.UTF_8);
        byte[] damaged = concat(concat(java.util.Arrays.copyOf(good, 9), new byte[] {(byte) 0xB9, (byte) 0xFE}),
                java.util.Arrays.copyOfRange(good, 9, good.length));
        Document d = read(damaged);
        assertThat(d.blocks(Line.class).get(0).text()).startsWith("重申决\uFFFD\uFFFD心");
        assertThat(d.blocks(Line.class).get(0).content()).contains(new Mark("1"));
        assertThat(d.warnings()).singleElement().satisfies(w -> assertThat(w.message())
                .startsWith("2 byte sequence(s) that are not UTF-8 in a UTF-8 file were replaced by U+FFFD"));
    }

    @Test
    void gb18030IsStillGb18030() throws Exception {
        Document d = read((CHINESE + CHINESE).getBytes(Charset.forName("GB18030")));
        assertThat(d.blocks(Line.class).get(0).text()).startsWith("重申决心");
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void undecodableTextSaysWhereAndNamesEncoding() {
        byte[] bad = concat("Résolution ".getBytes(StandardCharsets.ISO_8859_1), new byte[] {(byte) 0x81, ' ', (byte) 0xFF});
        assertThatThrownBy(() -> read(bad)).isInstanceOf(ConversionException.class)
                .hasMessageContaining("neither UTF-8").hasMessageContaining("at byte").hasMessageContaining("--encoding");
        assertThatThrownBy(() -> new TextReader().read(new byte[] {'a', (byte) 0xFF}, "x.txt",
                new ReadOptions(Optional.of(StandardCharsets.UTF_8)))).hasMessage(
                "not text in UTF-8: malformed input at byte 1 (--encoding was given)");
    }

    @Test
    void binaryDataIsAClearError() {
        assertThatThrownBy(() -> read(new byte[] {'a', 0, 'b'})).isInstanceOf(ConversionException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void formFeedsArePageBreaks() throws Exception {
        List<Line> lines = read("one\n\ftwo\n\fthree".getBytes(StandardCharsets.UTF_8)).blocks(Line.class);
        assertThat(lines).extracting(Line::page).containsExactly(1, 2, 3);
    }

    @Test
    void threeBlankLinesInCleanTextAreAPageBreakAndOneOrTwoAreNot() {
        List<Line> lines = TextReader.lines("第一段\n\n第二段在\n\n\n\n日内瓦举行\n\n\n第三段\n\n\n\n附注。\n");
        assertThat(lines).extracting(Line::text).containsExactly("第一段", "第二段在", "日内瓦举行", "第三段", "附注。");
        assertThat(lines).extracting(Line::page).containsExactly(1, 1, 2, 2, 3);
    }

    @Test
    void aDeeperFirstLineIndentStartsAParagraphInBlockText() {
        List<Line> lines = TextReader.lines("       Recalling its resolution 76/13, in which it decided to include in the\n"
                + "provisional agenda the sub-item,\n        Recalling also its resolution 48/11,\n"
                + "which revived the ancient tradition,\n");
        assertThat(lines).extracting(l -> l.layout().breakBefore()).containsExactly(true, false, true, false);
    }

    @Test
    void bidiEmbeddingControlsAndDirectionMarksAreNoText() {
        List<Line> lines = TextReader.lines("\u202B\u0625\u0646 \u0627\u0644\u062C\u0645\u0639\u064A\u0629\u060C\u202C\n"
                + "\u202A\u202AA/78/L.9\u202C\u202C\n" + "\u200F(\u200E1\u200E)\u061C\n");
        assertThat(lines).extracting(Line::text).containsExactly("\u0625\u0646 \u0627\u0644\u062C\u0645\u0639\u064A\u0629\u060C", "A/78/L.9",
                "(1)");
    }

    @Test
    void spacedStyleCuesBecomeLayout() {
        List<Line> lines = TextReader.lines(" 第一段开头\n\n继续 \n\n 第二段 \n\n" + " ".repeat(59) + "\n1\n 注。 \n  第三段\n");
        assertThat(lines).extracting(l -> l.layout().breakBefore()).containsExactly(true, false, true, true, false, true, true);
        assertThat(lines.get(1).layout().endsWithSpace()).isTrue();
        assertThat(lines.get(3).layout().rule()).isTrue();
        assertThat(lines.get(6).layout().indent()).isEqualTo(2);
    }

    @Test
    void blocksStyleBreaksAtBlankLinesAndKeepsBold() {
        List<Line> lines = TextReader.lines("第一段\n\n1. **重申**通过\n2. 确认\n");
        assertThat(lines).extracting(l -> l.layout().breakBefore()).containsExactly(false, true, false);
        assertThat(lines.get(1).content()).containsExactly(new Text("1. "), Emphasis.of(Emphasis.Style.BOLD, "重申"),
                new Text("通过"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Paragraphs of {@code lines} wrapped lines each, every line followed by a blank one. */
    private static List<String> paragraphs(int count, int lines, boolean spaced) {
        List<String> out = new java.util.ArrayList<>();
        for (int p = 0; p < count; p++) {
            for (int l = 0; l < lines; l++) {
                String text = "words of paragraph " + p + " line " + l;
                out.add(spaced && l == 0 ? " " + text : spaced && l == lines - 1 ? text + " " : text);
                out.add("");
            }
        }
        return out;
    }

    @Test
    void pdftotextStyleIsKnownAlsoInLongParagraphsOfShortLines() {
        // one line in seven opens or ends with a space: paragraphs of fourteen lines
        assertThat(TextStyle.detect(paragraphs(6, 14, true))).isEqualTo(TextStyle.SPACED);
        assertThat(TextStyle.detect(paragraphs(6, 3, true))).isEqualTo(TextStyle.SPACED);
        assertThat(TextStyle.detect(paragraphs(6, 1, false))).isEqualTo(TextStyle.BLOCKS);
        assertThat(TextStyle.detect(paragraphs(6, 14, false))).isEqualTo(TextStyle.BLOCKS);
    }
}
