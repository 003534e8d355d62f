package org.rapporteur.pipeline.languages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * More gold resolutions for the six-language test, each made from a real one and saying how:
 * the Human Rights Council references (A/HRC/RES/55/14) with two notes added, since the UN's files of
 * that resolution have none and score.py can only call a resolution with notes perfect; the Chinese
 * Human Rights Council seeds (28/2, 50/4) in the layout the typesetters read; A/RES/78/10 in every
 * language with a note on each of its first fourteen preambular paragraphs, every fourth one long
 * enough to wrap (two-digit marks, notes filling the page foot); A/RES/78/101 and A/HRC/RES/55/14 with a
 * note at the end of every operative paragraph and sub-paragraph (marks side by side, notes of the last
 * paragraph before the closing date); and one correction of what unxml_gold.py cannot know.
 */
final class GoldVariants {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldVariants() {
    }

    /**
     * The Council resolution with its two added notes in language {@code key} (A, E, F, R, S), as a copy to
     * change; null where unxml_gold.py made none.
     */
    static ObjectNode councilWithNotes(Path gold, String key) throws IOException {
        Path notes = gold.resolve("unxml_A_HRC_RES_55_14" + key + "_notes.json");
        return Files.isReadable(notes) ? (ObjectNode) JSON.readTree(notes.toFile()) : null;
    }

    /** Writes {@code g} beside it as the variant {@code suffix} ("vote", "lists") of that resolution. */
    static void writeCouncil(Path gold, String key, String suffix, ObjectNode g) throws IOException {
        JSON.writeValue(gold.resolve("unxml_A_HRC_RES_55_14" + key + "_" + suffix + ".json").toFile(), g);
    }

    /** Writes the variants into {@code gold}, beside what unxml_gold.py made there. */
    static void addTo(Path gold, Path shared) throws IOException {
        correctRepeatedMark(gold.resolve("unxml_A_RES_78_10_2323443R.json"));
        try (Stream<Path> files = Files.list(gold)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("unxml_A_HRC_RES_")).sorted().toList()) {
                ObjectNode g = (ObjectNode) JSON.readTree(f.toFile());
                if (g.path("footnotes").isEmpty()) {
                    JSON.writeValue(gold.resolve(f.getFileName().toString().replace(".json", "_notes.json")).toFile(), withNotes(g));
                }
            }
        }
        try (Stream<Path> files = Files.list(gold)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("unxml_A_RES_78_10_")).sorted().toList()) {
                ObjectNode g = (ObjectNode) JSON.readTree(f.toFile());
                JSON.writeValue(gold.resolve(f.getFileName().toString().replace(".json", "_many.json")).toFile(), withManyNotes(g));
            }
        }
        for (String id : List.of("unxml_A_RES_78_101_2324977C", "unxml_A_RES_78_101_2324977E", "unxml_A_HRC_RES_55_14A",
                "unxml_A_HRC_RES_55_14R")) {
            Path f = gold.resolve(id + ".json");
            if (Files.isReadable(f)) {
                JSON.writeValue(gold.resolve(id + "_op.json").toFile(), withOperativeNotes((ObjectNode) JSON.readTree(f.toFile())));
            }
        }
        GoldVotes.addTo(gold);
        GoldLists.addTo(gold);
        for (String seed : List.of("002_080b69fca23ebe93", "004_c0bf6ce2d5e43bc9")) {
            Path expected = shared.resolve("corpus/expected/" + seed + ".json");
            if (Files.isReadable(expected)) {
                JSON.writeValue(gold.resolve("seed_" + seed + ".json").toFile(), fromSeed((ObjectNode) JSON.readTree(expected.toFile())));
            }
        }
    }

    /**
     * A/RES/78/10 (Russian) refers to note 3 a second time as {@code <sup>3</sup>}, not as a note
     * reference; unxml_gold.py keeps it as the text "3". A reader of the page sees a reference mark,
     * and so does the converter: the gold says so too.
     */
    private static void correctRepeatedMark(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            return;
        }
        String text = Files.readString(file);
        String corrected = text.replace("2030 года3, и призывает", "2030 года[^3], и призывает");
        if (corrected.equals(text)) {
            throw new IllegalStateException("the plain mark 3 of A/RES/78/10 (Russian) is no longer in " + file);
        }
        Files.writeString(file, corrected);
    }

    /** Two notes: after the second preambular paragraph and after the first operative one. */
    private static ObjectNode withNotes(ObjectNode g) {
        ObjectNode out = g.deepCopy();
        ArrayNode preamble = (ArrayNode) out.path("preamble");
        preamble.set(1, preamble.get(1).asText() + "[^1]");
        ObjectNode first = (ObjectNode) out.path("operative").get(0);
        first.put("text", first.path("text").asText() + "[^2]");
        ObjectNode notes = out.putObject("footnotes");
        notes.put("1", "A/HRC/55/27.");
        notes.put("2", "A/HRC/RES/52/1, annex.");
        return out;
    }

    private static final Map<String, String> LONG_NOTE = Map.of(
            "en", "See Official Records of the General Assembly, Seventy-eighth Session, Supplement No. %d (A/78/%d), "
                    + "chap. V, sect. A, para. %d, and the related reports of the Secretary-General on the implementation of the "
                    + "Programme of Action and on the follow-up to the outcome of the World Summit.",
            "fr", "Voir Documents officiels de l’Assemblée générale, soixante-dix-huitième session, Supplément no %d "
                    + "(A/78/%d), chap. V, sect. A, par. %d, ainsi que les rapports connexes du Secrétaire général sur la mise en "
                    + "œuvre du Programme d’action et sur la suite donnée aux textes issus du Sommet mondial.",
            "es", "Véase Documentos Oficiales de la Asamblea General, septuagésimo octavo período de sesiones, "
                    + "Suplemento núm. %d (A/78/%d), cap. V, secc. A, párr. %d, así como los informes conexos del Secretario General "
                    + "sobre la aplicación del Programa de Acción y el seguimiento de los resultados de la Cumbre Mundial.",
            "ru", "См. Официальные отчеты Генеральной Ассамблеи, семьдесят восьмая сессия, Дополнение № %d (A/78/%d), "
                    + "глава V, раздел A, пункт %d, а также соответствующие доклады Генерального секретаря об осуществлении "
                    + "Программы действий и о последующей деятельности по итогам Всемирного саммита.",
            "zh", "见《大会正式记录，第七十八届会议，补编第%d号》(A/78/%d)，第五章，A节，第%d段，以及秘书长关于《行动纲领》"
                    + "执行情况和世界首脑会议成果后续行动的相关报告，其中载有关于各国在这方面所采取措施的详细资料和建议。",
            "ar", "انظر الوثائق الرسمية للجمعية العامة، الدورة الثامنة والسبعون، الملحق رقم %d (A/78/%d)، الفصل "
                    + "الخامس، الفرع ألف، الفقرة %d، وتقارير الأمين العام ذات الصلة عن تنفيذ برنامج العمل ومتابعة نتائج مؤتمر القمة العالمي.");

    /** The resolution's own marks taken out, and a note after each of its first fourteen preambular paragraphs. */
    private static ObjectNode withManyNotes(ObjectNode g) {
        ObjectNode out = g.deepCopy();
        ArrayNode preamble = (ArrayNode) out.path("preamble");
        ObjectNode notes = out.putObject("footnotes");
        for (int i = 0; i < preamble.size(); i++) {
            String text = preamble.get(i).asText().replaceAll("\\[\\^\\w+\\]", "");
            if (i < 14) {
                int n = i + 1;
                text += "[^" + n + "]";
                notes.put(String.valueOf(n), n % 4 == 0
                        ? String.format(LONG_NOTE.get(g.path("lang").asText()), 50 + n, 50 + n, n) : "A/78/" + (100 + n) + ".");
            }
            preamble.set(i, text);
        }
        for (JsonNode o : out.path("operative")) {
            ((ObjectNode) o).put("text", o.path("text").asText().replaceAll("\\[\\^\\w+\\]", ""));
        }
        return out;
    }

    /** A note after every operative paragraph and point, all notes then numbered in reading order. */
    private static ObjectNode withOperativeNotes(ObjectNode g) {
        ObjectNode out = g.deepCopy();
        ObjectNode notes = (ObjectNode) out.path("footnotes");
        int n = 1000;
        for (JsonNode o : out.path("operative")) {
            ((ObjectNode) o).put("text", o.path("text").asText() + "[^" + (++n) + "]");
            notes.put(String.valueOf(n), "A/78/" + (n - 800) + ".");
            for (JsonNode pt : o.path("points")) {
                ((ObjectNode) pt).put("text", pt.path("text").asText() + "[^" + (++n) + "]");
                notes.put(String.valueOf(n), "A/78/" + (n - 800) + ".");
            }
        }
        // reading order: preamble, then each operative paragraph and its points
        java.util.Map<String, String> number = new java.util.LinkedHashMap<>();
        java.util.function.Consumer<String> collect = text -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[\\^(\\w+)\\]").matcher(text);
            while (m.find()) {
                number.putIfAbsent(m.group(1), String.valueOf(number.size() + 1));
            }
        };
        out.path("preamble").forEach(p -> collect.accept(p.asText()));
        for (JsonNode o : out.path("operative")) {
            collect.accept(o.path("text").asText());
            o.path("points").forEach(pt -> collect.accept(pt.path("text").asText()));
        }
        java.util.function.UnaryOperator<String> renumber = text -> java.util.regex.Pattern.compile("\\[\\^(\\w+)\\]")
                .matcher(text).replaceAll(m -> "[^" + number.get(m.group(1)) + "]");
        ArrayNode preamble = (ArrayNode) out.path("preamble");
        for (int i = 0; i < preamble.size(); i++) {
            preamble.set(i, renumber.apply(preamble.get(i).asText()));
        }
        for (JsonNode o : out.path("operative")) {
            ((ObjectNode) o).put("text", renumber.apply(o.path("text").asText()));
            for (JsonNode pt : o.path("points")) {
                ((ObjectNode) pt).put("text", renumber.apply(pt.path("text").asText()));
            }
        }
        ObjectNode renumbered = out.putObject("footnotes");
        number.forEach((old, now) -> renumbered.put(now, notes.path(old).asText()));
        return out;
    }

    /** A seed's hand-checked structure in unxml_gold.py's shape: its masthead fields as lines, its symbol. */
    private static ObjectNode fromSeed(ObjectNode seed) {
        ObjectNode out = seed.deepCopy();
        ArrayNode masthead = out.putArray("masthead");
        masthead.add(seed.path("body").asText());
        for (String field : List.of("distribution", "issued", "original", "session", "session_dates", "agenda_item",
                "agenda_title", "adoption")) {
            if (seed.hasNonNull(field)) {
                masthead.add(seed.path(field).asText());
            }
        }
        String body = seed.path("body").asText();
        out.put("symbol", (body.equals("人权理事会") ? "A/HRC/RES/" : "A/RES/") + seed.path("number").asText());
        out.put("source", "seed");
        return out;
    }
}
