package org.rapporteur.pipeline.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.format.ReadOptions;
import org.rapporteur.model.Block;
import org.rapporteur.model.Closing;
import org.rapporteur.model.Document;
import org.rapporteur.model.Emphasis;
import org.rapporteur.model.Field;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Note;
import org.rapporteur.model.NoteRef;
import org.rapporteur.model.Operative;
import org.rapporteur.model.Preambular;
import org.rapporteur.pipeline.Converter;
import org.rapporteur.pipeline.Docs;
import org.rapporteur.pipeline.Pipeline;

/** Generated PDFs through the whole pipeline; the PDF path and the text path give the same document. */
class PdfPathTest {
    @TempDir
    Path dir;

    private final Converter converter = new Converter(Pipeline.standard(), List.of(), ReadOptions.DEFAULTS);

    @BeforeEach
    void fonts() {
        assumeTrue(PdfComposer.fontsPresent(), "fonts-wqy-zenhei / fonts-liberation2 absent: PDF fixtures skipped");
    }

    @Test
    void chineseTwoPagesWithRepeatedMarkSplitParagraphAndContinuedNote() throws Exception {
        Document d = converter.read(PdfFixtures.chinese(dir));
        assertThat(d.warnings()).isEmpty();
        assertThat(d.metadata().get(Field.SYMBOL)).contains("A/RES/99/1");
        assertThat(d.metadata().get(Field.JOB_NUMBER)).contains("10-52441 (C)");
        assertThat(d.metadata().get(Field.TITLE)).contains("测试人权领域的国际合作");
        assertThat(texts(d)).containsExactlyElementsOf(fold(
                "重申决心按照《联合国宪章》，以及世界人权会议 1993 年 6 月 25 日通过的《维也纳宣言和行动纲领》[^1]的相关规定，促进国际合作，",
                "回顾大会关于加强人权领域国际合作的各项决议，[^2]",
                "1:重申通过国际合作等途径促进、保护和鼓励尊重人权和基本自由是联合国的宗旨之一，《维也纳宣言和行动纲领》[^1]也申明了这一点，这也是所有会员国的责任；",
                "2:决定在大会下届会议上继续审议这个问题。"));
        assertThat(notes(d)).containsExactlyElementsOf(fold("A/CONF.157/24(Part I)和 Corr.1，第三章。",
                "见《大会正式记录，第六十五届会议，补编第 53 号》(A/65/53)，第二章，A 节。"));
        Closing closing = d.blocks(Closing.class).get(0);
        assertThat(closing.date()).contains(LocalDate.of(2010, 12, 21));
        assertThat(closing.meeting()).isEqualTo("第 71 次全体会议");
    }

    @Test
    void thePdfPathAndTheTextPathGiveTheSameDocument() throws Exception {
        Document fromPdf = converter.read(PdfFixtures.chinese(dir));
        Path txt = dir.resolve("zh_two_pages.txt");
        Files.writeString(txt, PdfFixtures.chineseText(), StandardCharsets.UTF_8);
        Document fromText = converter.read(txt);
        assertThat(texts(fromPdf)).isEqualTo(texts(fromText));
        assertThat(notes(fromPdf)).isEqualTo(notes(fromText));
        assertThat(fromPdf.blocks(Closing.class)).isEqualTo(fromText.blocks(Closing.class));
        var pdfMeta = new java.util.EnumMap<>(fromPdf.metadata().asMap());
        var textMeta = new java.util.EnumMap<>(fromText.metadata().asMap());
        pdfMeta.remove(Field.SOURCE);
        textMeta.remove(Field.SOURCE);
        // The footer's job number is only in the PDF; everything the text gives, the PDF gives alike.
        assertThat(pdfMeta).containsAllEntriesOf(textMeta);
    }

    @Test
    void englishMarksAfterPunctuationItalicLeadsAndHyphens() throws Exception {
        Document d = converter.read(PdfFixtures.english(dir));
        assertThat(d.warnings()).isEmpty();
        assertThat(texts(d)).containsExactly(
                "Reaffirming the Vienna Declaration and Programme of Action,[^1] and the need for "
                        + "Non-Self-Governing Territories to be heard in the work of development bodies,",
                "Recalling its resolution 70/1 of 25 September 2015 on development;[^2]",
                "1:Decides to continue its consideration of the question.");
        Preambular first = d.blocks(Preambular.class).get(0);
        assertThat(first.content().get(0)).isEqualTo(Emphasis.of(Emphasis.Style.ITALIC, "Reaffirming"));
        assertThat(d.blocks(Operative.class).get(0).content().get(0)).isEqualTo(Emphasis.of(Emphasis.Style.ITALIC, "Decides"));
        assertThat(notes(d)).containsExactly("A/CONF.157/24 (Part I), chap. III.", "See resolution 55/2.");
        assertThat(d.blocks(Closing.class).get(0).date()).isEqualTo(Optional.of(LocalDate.of(2010, 12, 21)));
    }

    @Test
    void raisedOrdinalEndingsStayRaisedAndAreNoMarks() throws Exception {
        Document d = converter.read(PdfFixtures.frenchOrdinals(dir));
        assertThat(d.warnings()).isEmpty();
        assertThat(texts(d)).containsExactly(
                "Rappelant sa résolution 77/27 du 1er décembre 2022 et les Jeux de la XXXIIIe Olympiade, qui se tiendront à Paris,[^1]",
                "1:Décide de poursuivre l’examen de la question à sa quatre-vingtième session.");
        assertThat(notes(d)).containsExactly("Voir la résolution 48/11.");
        assertThat(d.blocks(Preambular.class).get(0).content())
                .contains(Emphasis.of(Emphasis.Style.SUPERSCRIPT, "er"), Emphasis.of(Emphasis.Style.SUPERSCRIPT, "e"));
        java.io.ByteArrayOutputStream akn = new java.io.ByteArrayOutputStream();
        new org.rapporteur.format.akn.AknWriter().write(d, akn);
        assertThat(akn.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("77/27</a> du 1<sup>er</sup> décembre 2022",
                "XXXIII<sup>e</sup> Olympiade");
    }

    @Test
    void raisedMarksInsideANoteAreFoundLikeThoseInTheBody() throws Exception {
        Document d = converter.read(PdfFixtures.englishMarkInNote(dir));
        assertThat(d.warnings()).isEmpty();
        assertThat(texts(d)).containsExactly("Recalling the 2005 World Summit Outcome[^1] and the 2030 Agenda for Sustainable Development,[^2]",
                "1:Decides to continue its consideration of the question.");
        List<Note> notes = new ArrayList<>();
        Inlines.collectNotes(d.blocks(Preambular.class).get(0).content(), notes);
        assertThat(notes).extracting(n -> Docs.withMarks(n.content()))
                .containsExactly("Resolution 60/1.", "Resolution 70/1, which recalls the Outcome[^1].");
        assertThat(notes.get(1).content()).contains(new NoteRef(notes.get(0)));
    }

    @Test
    void aWordDraftReadsItsSpaceGlyphsFurnitureMastheadAndStructure() throws Exception {
        Document d = converter.read(PdfFixtures.wordDraft(dir));
        assertThat(d.warnings()).isEmpty();
        assertThat(texts(d)).containsExactly(
                "Recalling its resolutions on Al-Qaida and the need for full, safe and unhindered access to all those in "
                        + "need in the region, and of the obligations of all parties,",
                "Deeply concerned by the attacks on humanitarian and United Nations personnel,[^1]",
                "1:Demands that all parties fulfil their obligations under international humanitarian law and "
                        + "international human rights law, as applicable, and to protect civilians;",
                "2:Requests the Secretary-General to report on it;");
        assertThat(notes(d)).containsExactly("S/2099/2.");
        assertThat(d.blocks(org.rapporteur.model.Heading.class)).extracting(org.rapporteur.model.Heading::text)
                .containsExactly("Reporting");
        var meta = d.metadata();
        assertThat(meta.get(org.rapporteur.model.Field.KIND)).hasValue("draft resolution");
        assertThat(meta.get(org.rapporteur.model.Field.SPONSORS)).hasValue("Albania, Ireland and Zambia");
        assertThat(meta.get(org.rapporteur.model.Field.SYMBOL)).hasValue("S/2099/1");
        assertThat(meta.get(org.rapporteur.model.Field.ACTOR)).hasValue("unsc");
        assertThat(meta.get(org.rapporteur.model.Field.DISTRIBUTION)).hasValue("Distr.: General");
        assertThat(meta.get(org.rapporteur.model.Field.JOB_NUMBER)).hasValue("99-12345 (E)");
    }

    @Test
    void notesInTheBodySizeAreFoundByTheSeparatorRule() throws Exception {
        Document d = converter.read(PdfFixtures.sameSizeNotes(dir));
        assertThat(d.warnings()).isEmpty();
        assertThat(texts(d)).containsExactly(
                "Recalling the Vienna Declaration and Programme of Action,[^1] adopted in 1993,",
                "1:Decides to continue its consideration of the question.");
        assertThat(notes(d)).containsExactly("A/CONF.157/24 (Part I), chap. III.");
    }

    /** Preambular and operative texts with marks as [^label], operative numbers as "n:". */
    static List<String> texts(Document d) {
        List<String> out = new ArrayList<>();
        for (Block b : d.blocks()) {
            if (b instanceof Preambular p) {
                out.add(Docs.withMarks(p.content()));
            } else if (b instanceof Operative o) {
                out.add(o.number() + ":" + Docs.withMarks(o.content()));
            }
        }
        return out.stream().map(PdfPathTest::foldCjkSpacing).toList();
    }

    static List<String> notes(Document d) {
        List<Note> notes = new ArrayList<>();
        for (Block b : d.blocks()) {
            List<Inline> content = b instanceof Preambular p ? p.content() : b instanceof Operative o ? o.content() : List.of();
            Inlines.collectNotes(content, notes);
        }
        return notes.stream().distinct().map(n -> foldCjkSpacing(Inlines.plainText(n.content()))).toList();
    }

    private static List<String> fold(String... texts) {
        return java.util.Arrays.stream(texts).map(PdfPathTest::foldCjkSpacing).toList();
    }

    /** Space next to a Chinese character carries no meaning: a line break in one source, a space in another. */
    static String foldCjkSpacing(String s) {
        return s.replaceAll("\\s+(?=[\\p{IsHan}，。；、《》“”（）])", "").replaceAll("(?<=[\\p{IsHan}，。；、《》“”（）])\\s+", "");
    }
}
