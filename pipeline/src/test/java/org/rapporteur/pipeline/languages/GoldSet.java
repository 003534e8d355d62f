package org.rapporteur.pipeline.languages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.rapporteur.pipeline.Python;

/**
 * The gold resolutions the language tests convert: the UN's AKN4UN files through unxml_gold.py, and
 * {@link GoldVariants}. Also scores a conversion of them with score.py.
 */
final class GoldSet {
    static final ObjectMapper JSON = new ObjectMapper();

    private GoldSet() {
    }

    /** Makes the gold files in {@code dir}; returns them by id, in order. */
    static Map<String, JsonNode> make(Path dir, Path shared) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        List<String> args = new ArrayList<>(List.of(shared.resolve("tools/unxml_gold.py").toString(), dir.toString()));
        try (Stream<Path> refs = Files.list(shared.resolve("reference/akn4un"))) {
            refs.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(p -> args.add(p.toString()));
        }
        Python.run(args.toArray(new String[0]));
        GoldVariants.addTo(dir, shared);
        Map<String, JsonNode> golds = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path g : files.sorted().toList()) {
                golds.put(g.getFileName().toString().replace(".json", ""), JSON.readTree(g.toFile()));
            }
        }
        return golds;
    }

    /** score.py's verdict on {@code out} for {@code cases} (output stem to gold id), and what it printed. */
    record Scores(JsonNode rows, String printed) {
    }

    static Scores score(Path shared, Path goldDir, Path out, Map<String, String> cases, Path work)
            throws IOException, InterruptedException {
        StringBuilder tsv = new StringBuilder();
        cases.forEach((stem, id) -> tsv.append(stem).append('\t').append(id).append('\n'));
        Path casesFile = work.resolve("cases.tsv");
        Files.writeString(casesFile, tsv);
        Path report = work.resolve("score.json");
        Path scoring = scoringCopy(goldDir, work.resolve("gold-scoring"));
        String printed = Python.run(shared.resolve("tools/score.py").toString(), scoring.toString(), out.toString(),
                "--cases", casesFile.toString(), "--json", report.toString());
        return new Scores(JSON.readTree(report.toFile()), printed);
    }

    /**
     * The golds as score.py is to read them. score.py lets a recorded vote's text stand outside the body
     * paragraphs, but of the labels only the Chinese ones ("赞成："): the copy of every other vote gold lists
     * its language's labels after the members in favour, so that "In favour:" counts as vote text as
     * "赞成：" does. Nothing else changes; the layouts are made from the golds themselves.
     */
    private static Path scoringCopy(Path goldDir, Path copy) throws IOException {
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path f : files.toList()) {
                com.fasterxml.jackson.databind.node.ObjectNode g = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(f.toFile());
                String lang = g.path("lang").asText();
                if (g.path("vote").isObject() && !lang.equals("zh")) {
                    com.fasterxml.jackson.databind.node.ArrayNode yes = (com.fasterxml.jackson.databind.node.ArrayNode) g.path("vote").path("yes");
                    GoldLayout.voteLabels(lang).forEach(yes::add);
                }
                JSON.writeValue(copy.resolve(f.getFileName()).toFile(), g);
            }
        }
        return copy;
    }

    /** That score.py found every paragraph, anchor and note of {@code row} ({@code key}) right, in every format, with no leak. */
    static void assertPerfect(String key, JsonNode row, String printed) {
        for (String format : List.of("md", "docx", "akn")) {
            JsonNode s = row.path(format);
            String where = key + " " + format + "\n" + printed;
            assertThat(s.path("recall").asDouble()).as(where).isEqualTo(1.0);
            assertThat(s.path("precision").asDouble()).as(where).isEqualTo(1.0);
            assertThat(s.path("anchors").asDouble()).as(where).isEqualTo(1.0);
            assertThat(s.path("notes").asDouble()).as(where).isEqualTo(1.0);
            assertThat(s.path("leaks")).as(where).isEmpty();
        }
    }

    /**
     * The warnings of the batch report in {@code out}, one line each: none is expected of a well-formed
     * resolution, and score.py does not see them all (a vote read as loose paragraphs scores as vote text).
     */
    static List<String> warnings(Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        for (JsonNode entry : JSON.readTree(out.resolve("report.json").toFile()).path("entries")) {
            for (JsonNode w : entry.path("warnings")) {
                lines.add(entry.path("input").asText() + ": " + w.path("kind").asText() + " " + w.path("message").asText());
            }
        }
        return lines;
    }
}
