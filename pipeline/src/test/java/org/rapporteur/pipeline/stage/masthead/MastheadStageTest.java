package org.rapporteur.pipeline.stage.masthead;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.Document;
import org.rapporteur.model.Field;
import org.rapporteur.model.Language;
import org.rapporteur.model.Line;
import org.rapporteur.pipeline.Docs;

class MastheadStageTest {
    @Test
    void mastheadFactsBecomeMetadataAndTheBodyStartsAtTheTitle() {
        Document d = new MastheadStage().apply(Docs.lines(Language.CHINESE, """
                Distr.: General
                15 July 2022
                Chinese
                Original: English

                人权理事会

                第五十届会议

                2022年6月13日至7月8日

                议程项目3

                促进和保护所有人权——公民权利、政治权利、
                经济、社会及文化权利，包括发展权

                人权理事会2022年7月7日通过的决议

                50/4. 加强人权领域的国际合作
                """));
        assertThat(d.metadata().asMap()).containsEntry(Field.DISTRIBUTION, "Distr.: General")
                .containsEntry(Field.ISSUED, "15 July 2022").containsEntry(Field.LANGUAGE_LINE, "Chinese")
                .containsEntry(Field.ORIGINAL, "Original: English").containsEntry(Field.SESSION, "第五十届会议")
                .containsEntry(Field.SESSION_DATES, "2022年6月13日至7月8日").containsEntry(Field.AGENDA_ITEM, "议程项目3")
                .containsEntry(Field.AGENDA_TITLE, "促进和保护所有人权——公民权利、政治权利、经济、社会及文化权利，包括发展权")
                .containsEntry(Field.ADOPTION, "人权理事会2022年7月7日通过的决议");
        assertThat(d.blocks(Line.class)).extracting(Line::text).containsExactly("50/4. 加强人权领域的国际合作");
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void englishMastheadWithCommitteeReport() {
        Document d = new MastheadStage().apply(Docs.lines(Language.ENGLISH, """
                United Nations
                General Assembly
                Seventy-fifth session
                Agenda item 72 (b)
                Promotion and protection of human rights: human rights
                questions, including alternative approaches
                Resolution adopted by the General Assembly on 16 December 2020
                [on the report of the Third Committee (A/75/478/Add.2, para. 89)]
                Unexpected line
                75/180. Enhancement of international cooperation
                """));
        assertThat(d.metadata().asMap()).containsEntry(Field.SESSION, "Seventy-fifth session")
                .containsEntry(Field.AGENDA_ITEM, "Agenda item 72 (b)")
                .containsEntry(Field.AGENDA_TITLE,
                        "Promotion and protection of human rights: human rights questions, including alternative approaches")
                .containsEntry(Field.ADOPTION, "Resolution adopted by the General Assembly on 16 December 2020")
                .containsEntry(Field.COMMITTEE_REPORT, "[on the report of the Third Committee (A/75/478/Add.2, para. 89)]");
        assertThat(d.warnings()).singleElement().extracting(w -> w.message()).asString().contains("Unexpected line");
    }
}
