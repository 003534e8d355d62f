package org.rapporteur.pipeline.stage.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.model.Document;
import org.rapporteur.model.Language;
import org.rapporteur.model.RecordedVote;
import org.rapporteur.model.VoteGroup;
import org.rapporteur.model.Warning;
import org.rapporteur.pipeline.Docs;
import org.rapporteur.pipeline.stage.paragraphs.ParagraphStage;

/** Recorded votes as the UN prints them in the six languages (wording from A/HRC/RES/55/14). */
class VoteLanguagesTest {
    static Stream<Arguments> votes() {
        return Stream.of(
                Arguments.of(Language.ENGLISH, "55/14. T\n\nThe Human Rights Council,\n\n1. Decides;\n\n4 April 2024\n54th meeting\n\n"
                        + "[Adopted by a recorded vote of 24 to 0, with 23 abstentions. The voting was as follows:\n\n"
                        + "In favour:\nAlbania, Netherlands (Kingdom of the), Viet Nam\n\nAgainst:\n\nAbstaining:\nAlgeria, China]\n"),
                Arguments.of(Language.FRENCH, "55/14. T\n\nLe Conseil des droits de l’homme,\n\n1. Décide ;\n\n4 avril 2024\n54e séance\n\n"
                        + "[Adoptée à l’issue d’un vote enregistré par 24 voix contre zéro, avec 23 abstentions. Les voix se sont réparties comme suit :\n\n"
                        + "Ont voté pour :\nAfrique du Sud, Albanie, Viet Nam\n\nOnt voté contre :\n\nSe sont abstenus :\nAlgérie, Chine]\n"),
                Arguments.of(Language.SPANISH, "55/14. T\n\nEl Consejo de Derechos Humanos,\n\n1. Decide;\n\n4 de abril de 2024\n54ª sesión\n\n"
                        + "[Aprobada en votación registrada por 24 votos contra ninguno y 23 abstenciones. El resultado de la votación fue el siguiente:\n\n"
                        + "Votos a favor:\nAlbania, Países Bajos (Reino de los), Viet Nam\n\nVotos en contra:\n\nAbstenciones:\nArgelia, China]\n"),
                Arguments.of(Language.RUSSIAN, "55/14. T\n\nСовет по правам человека,\n\n1. постановляет;\n\n4 апреля 2024 года\n54‑е заседание\n\n"
                        + "[Принята заносимым в отчет о заседании голосованием 24 голосами при 23 воздержавшихся, при этом никто не голосовал против. "
                        + "Голоса распределились следующим образом:\n\nГолосовали за:\nАлбания, Нидерланды (Королевство), Вьетнам\n\n"
                        + "Голосовали против:\n\nВоздержались:\nАлжир, Китай]\n"),
                Arguments.of(Language.ARABIC, "55/14 - T\n\nإن مجلس حقوق الإنسان،\n\n1 - يقرر؛\n\n4 نيسان/أبريل 2024\nالجلسة 54\n\n"
                        + "[اعتُمد بتصويت مسجّل بأغلبية 24 صوتاً مقابل صفر، وامتناع 23 عضواً عن التصويت. وكانت نتيجة التصويت كما يلي:\n\n"
                        + "المؤيدون:\nالأرجنتين، ألبانيا، فييت نام\n\nالمعارضون:\n\nالممتنعون:\nالجزائر، الصين]\n"),
                Arguments.of(Language.CHINESE, "55/14. T\n\n人权理事会，\n\n1. 决定；\n\n2024年4月4日\n第54次会议\n\n"
                        + "[经记录表决，以 24 票赞成、0 票反对、23 票弃权获得通过。表决结果如下：\n\n"
                        + "赞成：\n阿尔巴尼亚、荷兰王国、越南\n\n反对：\n\n弃权：\n阿尔及利亚、中国]\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("votes")
    void recordedVoteIsReadInEveryLanguage(Language language, String text) {
        assertVoteRead(language, text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("votes")
    void recordedVoteIsReadWithoutItsOpeningBracketAsOurOwnOutputsPrintIt(Language language, String text) {
        // (Markdown and DOCX print the summary as a paragraph of its own, without the record's "[")
        assertVoteRead(language, text.replace("\n[", "\n"));
    }

    private static void assertVoteRead(Language language, String text) {
        Document d = new StructureStage().apply(new ParagraphStage().apply(Docs.lines(language, text)));
        RecordedVote v = d.blocks(RecordedVote.class).get(0);
        assertThat(v.members(VoteGroup.Kind.IN_FAVOUR)).hasSize(3);
        assertThat(v.members(VoteGroup.Kind.AGAINST)).isEmpty();
        assertThat(v.members(VoteGroup.Kind.ABSTAINING)).hasSize(2);
        assertThat(v.groups()).extracting(VoteGroup::kind).containsExactly(VoteGroup.Kind.values());
        // 24 and 23 are printed, the lists are short: the check must say so (Russian prints no 'against' count).
        assertThat(d.warnings()).extracting(Warning::kind).containsOnly(Warning.Kind.VOTE_COUNT_MISMATCH);
        assertThat(d.warnings()).hasSizeBetween(2, 3);
    }
}
