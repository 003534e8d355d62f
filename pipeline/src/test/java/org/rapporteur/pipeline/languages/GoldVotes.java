package org.rapporteur.pipeline.languages;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The Council resolution (A/HRC/RES/55/14, with its two added notes) adopted without a vote, with the
 * adoption note each language prints, and by a recorded vote, in each language: the summary as the UN words it, and the member lists in that language. The UN's files
 * of the resolution give no vote, so these are made; the wording follows the Council's own records.
 */
final class GoldVotes {
    /** Summary, then members in favour, against and abstaining. */
    private record Vote(String summary, List<String> yes, List<String> no, List<String> abstain) {
    }

    private static final Map<String, Vote> VOTES = Map.of(
            "E", new Vote("[Adopted by a recorded vote of 9 to 3, with 2 abstentions. The voting was as follows:",
                    List.of("Argentina", "Benin", "Bolivia (Plurinational State of)", "Côte d’Ivoire", "Honduras",
                            "Kazakhstan", "Malaysia", "Paraguay", "United Arab Emirates"),
                    List.of("Finland", "Germany", "United Kingdom of Great Britain and Northern Ireland"),
                    List.of("Brazil", "Mexico")),
            "F", new Vote("[Adoptée à l’issue d’un vote enregistré par 9 voix contre 3, avec 2 abstentions. "
                    + "Les voix se sont réparties comme suit :",
                    List.of("Argentine", "Bénin", "Bolivie (État plurinational de)", "Côte d’Ivoire", "Émirats arabes unis",
                            "Honduras", "Kazakhstan", "Malaisie", "Paraguay"),
                    List.of("Allemagne", "Finlande", "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord"),
                    List.of("Brésil", "Mexique")),
            "S", new Vote("[Aprobada en votación registrada por 9 votos contra 3 y 2 abstenciones. "
                    + "El resultado de la votación fue el siguiente:",
                    List.of("Argentina", "Benin", "Bolivia (Estado Plurinacional de)", "Côte d’Ivoire", "Emiratos Árabes Unidos",
                            "Honduras", "Kazajstán", "Malasia", "Paraguay"),
                    List.of("Alemania", "Finlandia", "Reino Unido de Gran Bretaña e Irlanda del Norte"),
                    List.of("Brasil", "México")),
            "R", new Vote("[Принята заносимым в отчет о заседании голосованием 9 голосами против 3 при 2 воздержавшихся. "
                    + "Результаты голосования были следующими:",
                    List.of("Аргентина", "Бенин", "Боливия (Многонациональное Государство)", "Гондурас", "Казахстан",
                            "Кот-д’Ивуар", "Малайзия", "Объединенные Арабские Эмираты", "Парагвай"),
                    List.of("Германия", "Соединенное Королевство Великобритании и Северной Ирландии", "Финляндия"),
                    List.of("Бразилия", "Мексика")),
            "A", new Vote("[اعتُمد بتصويت مسجل بأغلبية 9 أصوات مقابل 3، وامتناع 2 عن التصويت. وكانت نتيجة التصويت كما يلي:",
                    List.of("الأرجنتين", "الإمارات العربية المتحدة", "باراغواي", "بنن", "بوليفيا (دولة - المتعددة القوميات)",
                            "كازاخستان", "كوت ديفوار", "ماليزيا", "هندوراس"),
                    List.of("ألمانيا", "فنلندا", "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية"),
                    List.of("البرازيل", "المكسيك")));

    /** The adoption note of a resolution adopted without a vote, as each language prints it. */
    private static final Map<String, String> WITHOUT_A_VOTE = Map.of("E", "[Adopted without a vote.]",
            "F", "[Adoptée sans vote.]", "S", "[Aprobada sin votación.]", "R", "[Принята без голосования.]",
            "A", "[اعتُمد دون تصويت.]");

    private GoldVotes() {
    }

    /** {@code …_vote.json} and {@code …_novote.json} beside each {@code unxml_A_HRC_RES_55_14X_notes.json}. */
    static void addTo(Path gold) throws IOException {
        for (var e : VOTES.entrySet()) {
            ObjectNode g = GoldVariants.councilWithNotes(gold, e.getKey());
            if (g == null) {
                continue;
            }
            Vote v = e.getValue();
            ObjectNode vote = g.putObject("vote");
            vote.put("summary", v.summary());
            fill(vote.putArray("yes"), v.yes());
            fill(vote.putArray("no"), v.no());
            fill(vote.putArray("abstain"), v.abstain());
            GoldVariants.writeCouncil(gold, e.getKey(), "vote", g);
            g.remove("vote");
            g.put("adoption_note", WITHOUT_A_VOTE.get(e.getKey()));
            GoldVariants.writeCouncil(gold, e.getKey(), "novote", g);
        }
    }

    private static void fill(ArrayNode array, List<String> members) {
        members.forEach(array::add);
    }
}
