package org.rapporteur.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.format.Writers;
import org.rapporteur.pipeline.cli.Main;

/**
 * Converts the shared corpus (seeds as text, and the PDFs) and scores it with the shared {@code score.py}:
 * every seed must be perfect in every format this build writes, and so must the PDFs, but for one comma
 * that {@code 002_…_v0.pdf} does not contain (its page shows "作出努力在人权方面"; neither PDFBox nor
 * poppler finds a glyph there). Skipped, with a message, where {@code ../shared} or python3 is absent.
 */
class CorpusScoreTest {
    @TempDir
    Path out;

    @Test
    void everySeedScoresPerfectInEveryFormat() throws Exception {
        Path shared = Golden.sharedOrSkip("corpus scoring");
        assertThat(Main.run("convert", shared.resolve("corpus/seeds").toString(), shared.resolve("corpus/pdf").toString(),
                "-o", out.toString())).isZero();
        Path report = out.resolve("score.json");
        String printed = Python.run(shared.resolve("tools/score.py").toString(),
                shared.resolve("corpus/expected").toString(), out.toString(), "--cases",
                shared.resolve("corpus/cases.tsv").toString(), "--json", report.toString());
        String json = Files.readString(report);
        List<String> notPerfect = new ArrayList<>();
        for (String format : Writers.defaults().keySet()) {
            for (String stem : List.of("000_2f97a463d2083d74", "001_aa87c640297f2ec5", "002_080b69fca23ebe93",
                    "003_3a5c42816b5c2e92", "004_c0bf6ce2d5e43bc9", "000_2f97a463d2083d74_v0")) {
                if (!perfect(json, stem, format)) {
                    notPerfect.add(stem + " " + format);
                }
            }
        }
        assertThat(notPerfect).as(printed).isEmpty();
        for (String format : Writers.defaults().keySet()) {
            String row = row(json, "002_080b69fca23ebe93_v0", format);
            assertThat(row).as(printed).contains("\"anchors\": 1.0", "\"notes\": 1.0", "\"recall\": 0.977",
                    "\"precision\": 0.977", "\"leaks\": []");
        }
    }

    private static String row(String json, String stem, String format) {
        int s = json.indexOf('"' + stem + '"');
        int f = json.indexOf('"' + format + '"', s);
        return json.substring(f, json.indexOf('}', f));
    }

    /** The report's {"stem": {"fmt": {..., "perfect": true}}} without a JSON library: score.py writes it indented. */
    private static boolean perfect(String json, String stem, String format) {
        int s = json.indexOf('"' + stem + '"');
        int f = json.indexOf('"' + format + '"', s);
        int end = json.indexOf('}', f);
        return s >= 0 && f >= 0 && json.substring(f, end).contains("\"perfect\": true");
    }
}
