package org.rapporteur.pipeline.stage.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.model.AdoptionNote;
import org.rapporteur.model.Closing;
import org.rapporteur.model.Document;
import org.rapporteur.model.Field;
import org.rapporteur.model.Formula;
import org.rapporteur.model.Language;
import org.rapporteur.model.Operative;
import org.rapporteur.model.Preambular;
import org.rapporteur.model.RecordedVote;
import org.rapporteur.model.VoteGroup;
import org.rapporteur.model.Warning;
import org.rapporteur.pipeline.Docs;
import org.rapporteur.pipeline.stage.paragraphs.ParagraphStage;

class StructureStageTest {
    private static Document run(Language language, String text) {
        return new StructureStage().apply(new ParagraphStage().apply(Docs.lines(language, text)));
    }

    @Test
    void englishResolutionWithSubParagraphsAndClosing() {
        Document d = run(Language.ENGLISH, """
                65/218. Enhancement of international cooperation in the field of human rights

                The General Assembly,

                Reaffirming its commitment to promoting international cooperation,

                Recalling its resolution 64/171,

                1. Reaffirms that it is one of the purposes of the United Nations;

                2. Requests the Secretary-General:

                (a) To consult States;

                (b) To submit a report;

                21 December 2010
                71st plenary meeting
                """);
        assertThat(d.metadata().get(Field.NUMBER)).contains("65/218");
        assertThat(d.metadata().get(Field.TITLE)).contains("Enhancement of international cooperation in the field of human rights");
        assertThat(d.metadata().get(Field.BODY)).contains("General Assembly");
        assertThat(d.blocks(Formula.class)).extracting(Formula::text).containsExactly("The General Assembly,");
        assertThat(d.blocks(Preambular.class)).hasSize(2);
        assertThat(d.blocks(Operative.class)).extracting(Operative::number).containsExactly("1", "2");
        Operative second = d.blocks(Operative.class).get(1);
        assertThat(second.points()).extracting(p -> p.label() + ":" + Docs.withMarks(p.content()))
                .containsExactly("a:To consult States;", "b:To submit a report;");
        Closing c = d.blocks(Closing.class).get(0);
        assertThat(c.printedDate()).isEqualTo("21 December 2010");
        assertThat(c.date()).contains(LocalDate.of(2010, 12, 21));
        assertThat(c.meeting()).isEqualTo("71st plenary meeting");
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void numberAndTitleOnSeparateLinesWithAdoptionNote() {
        Document d = run(Language.CHINESE, "28/2.\n\n增强人权领域的国际合作\n\n人权理事会，\n\n重申致力于国际合作，\n\n"
                + "1. 重申国际合作；\n\n2015 年 3 月 26 日\n第 55 次会议\n\n[未经表决获得通过。]\n");
        assertThat(d.metadata().get(Field.NUMBER)).contains("28/2");
        assertThat(d.metadata().get(Field.TITLE)).contains("增强人权领域的国际合作");
        assertThat(d.metadata().get(Field.BODY)).contains("人权理事会");
        assertThat(d.blocks(Closing.class).get(0).date()).contains(LocalDate.of(2015, 3, 26));
        assertThat(d.blocks(AdoptionNote.class)).extracting(AdoptionNote::text).containsExactly("[未经表决获得通过。]");
    }

    @Test
    void aDateOfIssuePrintedInEnglishOnAChinesePageIsRead() {
        // the UN's Chinese mastheads print "Distr.: General" and the date of issue in English
        assertThat(issuedDate("11 December 2023")).contains("2023-12-11");
        assertThat(issuedDate("2023年12月11日")).contains("2023-12-11");
        assertThat(issuedDate("Distr.: General")).isEmpty();
    }

    @Test
    void anOperativeNumberKeepsItsPrintedForm() {
        Document d = run(Language.ARABIC, "55/14 مكافحة التمييز\n\nإن مجلس حقوق الإنسان،\n\nإذ يسترشد بمقاصد الميثاق،\n\n"
                + "1- يطلب إلى المفوضية أن تعد تقريراً؛\n\n2 - يقرر أن يواصل النظر في المسألة.\n");
        assertThat(d.blocks(Operative.class)).extracting(Operative::number, Operative::printed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "1-"), org.assertj.core.groups.Tuple.tuple("2", "2 -"));
    }

    @Test
    void theAdoptionLineDatesATextInItsLanguage() {
        assertThat(adoptionDate(Language.ENGLISH, "Resolution adopted by the General Assembly on 21 November 2023")).contains("2023-11-21");
        assertThat(adoptionDate(Language.CHINESE, "2023年11月21日大会决议")).contains("2023-11-21");
        assertThat(adoptionDate(Language.RUSSIAN, "Резолюция, принятая Генеральной Ассамблеей 21 ноября 2023 года")).contains("2023-11-21");
        assertThat(adoptionDate(Language.SPANISH, "Resolución aprobada por la Asamblea General el 7 de diciembre de 2023")).contains("2023-12-07");
        assertThat(adoptionDate(Language.ENGLISH, "Resolution adopted by the General Assembly")).isEmpty();
    }

    @Test
    void aTextNothingDatesSaysSoInItsReport() {
        Document undated = run(Language.ENGLISH, "78/10. Title\n\nThe General Assembly,\n\n1. Decides;\n");
        assertThat(undated.warnings()).extracting(Warning::message).anyMatch(m -> m.startsWith("nothing dates the text"));
        Document dated = run(Language.ENGLISH, "78/10. Title\n\nThe General Assembly,\n\n1. Decides;\n\n38th plenary meeting\n21 November 2023\n");
        assertThat(dated.warnings()).extracting(Warning::message).noneMatch(m -> m.startsWith("nothing dates the text"));
    }

    private static java.util.Optional<String> adoptionDate(Language language, String line) {
        Document lines = new ParagraphStage().apply(Docs.lines(language, "78/10. Title\n\nThe General Assembly,\n\n1. Decides;\n"));
        return new StructureStage().apply(lines.withMetadata(lines.metadata().with(Field.ADOPTION, line)))
                .metadata().get(Field.ADOPTION_DATE);
    }

    private static java.util.Optional<String> issuedDate(String printed) {
        Document lines = new ParagraphStage().apply(Docs.lines(Language.CHINESE, "78/101. 标题\n\n大会，\n\n1. 决定继续审议；\n"));
        return new StructureStage().apply(lines.withMetadata(lines.metadata().with(Field.ISSUED, printed)))
                .metadata().get(Field.ISSUED_DATE);
    }

    @Test
    void recordedVoteWithCountsCheckedAgainstTheLists() {
        Document d = run(Language.CHINESE, "50/4. 标题\n\n人权理事会，\n\n1. 决定继续审议；\n\n2022 年 7 月 7 日\n第 39 次会议\n\n"
                + "[经记录表决，以 3 票赞成、1 票反对、2 票弃权获得通过。表决结果如下：\n\n赞成：\n\n阿根廷、贝宁、中国\n\n"
                + "反对：\n\n芬兰\n\n弃权：\n\n巴西]\n");
        RecordedVote v = d.blocks(RecordedVote.class).get(0);
        assertThat(v.summary()).startsWith("经记录表决");
        assertThat(v.members(VoteGroup.Kind.IN_FAVOUR)).containsExactly("阿根廷", "贝宁", "中国");
        assertThat(v.members(VoteGroup.Kind.AGAINST)).containsExactly("芬兰");
        assertThat(v.members(VoteGroup.Kind.ABSTAINING)).containsExactly("巴西");
        assertThat(d.warnings()).extracting(Warning::kind).containsExactly(Warning.Kind.VOTE_COUNT_MISMATCH);
        assertThat(d.warnings().get(0).message()).contains("2 printed, 1 members listed");
    }

    @Test
    void englishVoteWithMembersOnTheLabelLine() {
        Document d = run(Language.ENGLISH, "50/4. Title\n\nThe Human Rights Council,\n\n1. Decides;\n\n7 July 2022\n39th meeting\n\n"
                + "[Adopted by a recorded vote of 2 to 1, with 0 abstentions. The voting was as follows:\n\n"
                + "In favour: Argentina, Benin\n\nAgainst: Finland\n\nAbstaining: ]\n");
        RecordedVote v = d.blocks(RecordedVote.class).get(0);
        assertThat(v.members(VoteGroup.Kind.IN_FAVOUR)).containsExactly("Argentina", "Benin");
        assertThat(v.groups()).extracting(VoteGroup::label).containsExactly("In favour:", "Against:", "Abstaining:");
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void textThatIsNoResolutionIsKeptWithWarnings() {
        Document d = run(Language.ENGLISH, "Minutes of the meeting\n\nThe chair opened the meeting.\n");
        assertThat(d.warnings()).extracting(Warning::kind).contains(Warning.Kind.NO_TITLE, Warning.Kind.NO_OPERATIVE);
        assertThat(d.blocks()).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ENGLISH|38th plenary meeting|21 November 2023|2023-11-21",
            "FRENCH|38e séance plénière|21 novembre 2023|2023-11-21",
            "SPANISH|38ª sesión plenaria|21 de noviembre de 2023|2023-11-21",
            "RUSSIAN|38-е пленарное заседание|21 ноября 2023 года|2023-11-21",
            "ARABIC|الجلسة العامة 38|21 تشرين الثاني/نوفمبر 2023|2023-11-21",
            "CHINESE|第 38 次全体会议|2023 年 11 月 21 日|2023-11-21"})
    void theMeetingPrintedBeforeTheDateOnItsOwnLineOrJoinedToIt(Language language, String meeting, String date, String iso) {
        for (String closing : List.of(meeting + "\n\n" + date, meeting + "\n" + date)) {
            Document d = run(language, "1. Decides to remain seized of the matter.\n\n" + closing + "\n");
            assertThat(d.blocks(Closing.class)).as(closing).singleElement().satisfies(c -> {
                assertThat(c.meeting()).isEqualTo(meeting);
                assertThat(c.printedDate()).isEqualTo(date);
                assertThat(c.date()).contains(LocalDate.parse(iso));
                assertThat(c.meetingFirst()).isTrue();
            });
        }
    }

    @Test
    void unnumberedTextAfterSubParagraphsIsTheListsWrapUp() {
        Document d = run(Language.ENGLISH, """
                1. Requests the Secretary-General:

                (a) To continue to support Member States;

                (b) To submit a report,

                and to report thereon to the General Assembly at its seventy-ninth session;

                2. Decides to remain seized of the matter.
                """);
        assertThat(d.blocks(Operative.class).get(0).points()).extracting(p -> p.label() + ":" + Docs.withMarks(p.content()))
                .containsExactly("a:To continue to support Member States;", "b:To submit a report,",
                        ":and to report thereon to the General Assembly at its seventy-ninth session;");
        assertThat(d.blocks(Operative.class).get(0).points().get(2).wrapUp()).isTrue();
        assertThat(d.warnings()).extracting(Warning::kind).doesNotContain(Warning.Kind.UNSTRUCTURED_TEXT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FRENCH|1. Prie le Haut-Commissariat :|a) De poursuivre ses travaux ;|ii) Des recommandations,",
            "SPANISH|1. Solicita a la Oficina:|a) Que prosiga su labor;|ii) Recomendaciones,",
            "RUSSIAN|1. просит Управление:|а) продолжать свою работу;|ii) рекомендации,",
            "ENGLISH|1. Requests the Office:|(a) To continue its work;|(ii) Recommendations,"})
    void subParagraphsNumberedAsEachLanguagePrintsThem(Language language, String intro, String first, String second) {
        Document d = run(language, intro + "\n\n" + first + "\n\n" + second + "\n");
        assertThat(d.blocks(Operative.class)).singleElement().satisfies(o -> assertThat(o.points())
                .extracting(p -> org.rapporteur.profile.Profiles.of(language).numbering().printedPoint(p.label()) + " " + Docs.withMarks(p.content()))
                .containsExactly(first, second));
        assertThat(d.warnings()).extracting(Warning::kind).doesNotContain(Warning.Kind.UNSTRUCTURED_TEXT);
    }
}
