package org.rapporteur.pipeline.stage.furniture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.Document;
import org.rapporteur.model.Field;
import org.rapporteur.model.Language;
import org.rapporteur.model.Line;
import org.rapporteur.pipeline.Docs;

class FurnitureStageTest {
    private final FurnitureStage stage = new FurnitureStage();

    @Test
    void extractedTextWhosePagesEndWithTheirOwnNumberLosesThem() {
        Document numbered = stage.apply(Docs.lines(Language.ENGLISH,
                "Recalling its resolutions,\n1\n\n1\n\fNoting the report,\n\n2\n\fWelcoming the work,\n3\n"));
        assertThat(numbered.blocks(Line.class)).extracting(Line::text)
                .containsExactly("Recalling its resolutions,", "1", "Noting the report,", "Welcoming the work,");
        // a single page ending with "1" may end with a mark alone on its line: kept
        Document single = stage.apply(Docs.lines(Language.ENGLISH, "Recalling its resolutions,\n1\n"));
        assertThat(single.blocks(Line.class)).extracting(Line::text).containsExactly("Recalling its resolutions,", "1");
    }

    @Test
    void removesFooterAndRunningHeaderBetweenPagesAndKeepsSymbolAndJobNumber() {
        Document d = Docs.lines(Language.ENGLISH, """
                A/RES/65/218
                Recalling its resolutions on international cooperation in the field of
                human rights,
                10-52441   2/4
                \fA/RES/65/218
                Intensifying international cooperation
                Reaffirming the importance of dialogue,
                10-52441   3/4
                \fA/RES/65/218
                Intensifying international cooperation
                1. Decides to continue consideration of the question.
                10-52441   4/4
                """);
        Document out = stage.apply(d);
        assertThat(out.blocks(Line.class)).extracting(Line::text).containsExactly(
                "Recalling its resolutions on international cooperation in the field of", "human rights,",
                "Reaffirming the importance of dialogue,",
                "1. Decides to continue consideration of the question.");
        assertThat(out.metadata().get(Field.SYMBOL)).contains("A/RES/65/218");
        assertThat(out.metadata().get(Field.JOB_NUMBER)).contains("10-52441");
    }

    @Test
    void recognisesJobNumbersWithLanguageLetterAndGenevaPrefix() {
        Document out = stage.apply(Docs.lines(Language.ENGLISH, "GE.22-11342 (C)\nText stays.\n2/4\n*1052441*\n"));
        assertThat(out.blocks(Line.class)).extracting(Line::text).containsExactly("Text stays.");
        assertThat(out.metadata().get(Field.JOB_NUMBER)).contains("GE.22-11342 (C)");
    }

    @Test
    void recognisesJobNumbersWithProcessingDatesAndTheRecyclingRequestInEachLanguage() {
        Document out = stage.apply(Docs.lines(Language.FRENCH, "GE.24-06070 (F)   120424   150424\nLe texte reste.\n"
                + "Merci de recycler ♲\n\fPlease recycle\n\fSírvase reciclar\n\fПросьба отправить на вторичную переработку\n"
                + "\f请回收\n\fالرجاء إعادة الاستعمال\n"));
        assertThat(out.blocks(Line.class)).extracting(Line::text).containsExactly("Le texte reste.");
        assertThat(out.metadata().get(Field.JOB_NUMBER)).contains("GE.24-06070 (F)");
    }

    @Test
    void keepsNoteBodiesThatLookLikeSymbolsAndSentencesEndingInSymbols() {
        Document out = stage.apply(Docs.lines(Language.ENGLISH, "⁴ A/HRC/49/93.\nA/HRC/49/93.\n"));
        assertThat(out.blocks(Line.class)).hasSize(2);
    }

    @Test
    void keepsRepeatedReferenceMarksAtPageEnds() {
        Document out = stage.apply(Docs.lines(Language.ENGLISH, "Text one\n1\n\fText two\n1\n"));
        assertThat(out.blocks(Line.class)).extracting(Line::text).containsExactly("Text one", "1", "Text two", "1");
    }

    @Test
    void aPdfFootersBareNumberIsItsPageNumberWhereItEqualsThePage() {
        // (Word and LibreOffice centre "3" under the notes; a note's label alone would not be the page's number)
        java.util.List<Line> lines = java.util.List.of(
                line(1, "Text one", 700), line(1, "1 A/CONF.157/24.", 120), line(1, "1", 60),
                line(2, "Text two", 700), line(2, "7", 60));
        Document out = stage.apply(Document.of(org.rapporteur.model.Metadata.EMPTY.withLanguage(Language.ENGLISH), lines));
        assertThat(out.blocks(Line.class)).extracting(Line::text)
                .containsExactly("Text one", "1 A/CONF.157/24.", "Text two", "7");
    }

    private static Line line(int page, String text, double y) {
        return new Line(page, java.util.List.of(new org.rapporteur.model.Text(text)),
                org.rapporteur.model.LineLayout.pdf(300, y, 10).build());
    }
}
