package org.rapporteur.pipeline.languages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.pipeline.Golden;
import org.rapporteur.pipeline.cli.Main;

/**
 * Every gold resolution of {@link SixLanguagesTest} in the clean extraction style with its pages cut at
 * twelve different lengths, and as PDF with six different page heights, so that page ends (and the notes
 * set there) fall at many different places inside paragraphs: after a comma, before a name, after a
 * reference mark, between clauses, before the closing lines. Skipped with a message where ../shared or
 * python3 is absent; the PDFs where their fonts are.
 */
class PageCutSweepTest {
    /**
     * Cuts no reader of the text alone can place: the page ends at a comma inside a paragraph, and the text
     * after it opens as a new preambular paragraph would ("…2020،" | "وإذ ترحب…", "…опыт," | "отмечая в этой
     * связи…", "…举行的第三届冬季青年奥林匹克运动会圆满结束，" | "欢迎第四届…"). Read as two paragraphs, as a new
     * paragraph there is far more common.
     */
    private static final List<String> AMBIGUOUS = List.of("unxml_A_RES_78_10_2323443A_many_p831",
            "unxml_A_RES_78_10_2323443A_many_p1355", "unxml_A_RES_78_10_2323443R_p1486",
            "unxml_A_RES_78_10_2323443C_many_p512");

    @TempDir
    Path tmp;

    @Test
    void pageCutsAnywhereInTheTextLoseNothing() throws Exception {
        Path shared = Golden.sharedOrSkip("page-cut sweep");
        Path gold = tmp.resolve("gold");
        Map<String, JsonNode> golds = GoldSet.make(gold, shared);
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Map<String, String> cases = new LinkedHashMap<>();
        for (var e : golds.entrySet()) {
            boolean cjk = e.getValue().path("lang").asText().matches("zh|ja");
            for (int k = 0; k < 12; k++) {
                int page = cjk ? 300 + 53 * k : 700 + 131 * k;
                String stem = e.getKey() + "_p" + page;
                // (odd lengths drop the last page's notes inside a recorded vote, where there is one)
                Files.writeString(in.resolve(stem + ".txt"), GoldLayout.asBrokenPages(e.getValue(), page, k % 2 == 1),
                        StandardCharsets.UTF_8);
                cases.put(stem, e.getKey());
            }
        }
        for (var e : golds.entrySet()) {
            boolean cjk = e.getValue().path("lang").asText().matches("zh|ja");
            for (int period = 2; period <= 7; period++) {
                for (int cutLine = 1; cutLine <= 3; cutLine++) {
                    String stem = e.getKey() + "_s" + period + cutLine;
                    // lines of several widths, so that they also break at other words
                    int width = (cjk ? new int[] {24, 30, 36, 44, 52} : new int[] {50, 64, 84, 100, 120})[(period + cutLine) % 5];
                    Files.writeString(in.resolve(stem + ".txt"), GoldLayout.asSpacedText(e.getValue(), true, period, cutLine, width),
                            StandardCharsets.UTF_8);
                    cases.put(stem, e.getKey());
                }
            }
        }
        if (SixLanguagesTest.fonts()) {
            for (var e : golds.entrySet()) {
                for (int k = 0; k < 6; k++) {
                    float foot = 560 + 33 * k;
                    String stem = e.getKey() + "_f" + (int) foot;
                    GoldPdf.write(e.getValue(), in.resolve(stem + ".pdf"), foot);
                    cases.put(stem, e.getKey());
                }
                // single and one-and-a-half spacing, paragraphs apart by a little space or by their indent alone
                for (int k = 0; k < 4; k++) {
                    String stem = e.getKey() + "_l" + k;
                    GoldPdf.write(e.getValue(), in.resolve(stem + ".pdf"), 700 + 17 * k, k < 2 ? 1.2f : 1.5f, k % 2 == 0 ? 0 : 0.5f);
                    cases.put(stem, e.getKey());
                }
            }
        }
        Path out = tmp.resolve("out");
        assertThat(Main.run("convert", in.toString(), "-o", out.toString(), "--formats", "md")).isZero();
        assertThat(GoldSet.warnings(out)).as("warnings").isEmpty();
        GoldSet.Scores scores = GoldSet.score(shared, gold, out, cases, tmp);
        if (System.getProperty("sweep.keep") != null) {
            // -Dsweep.keep=DIR keeps the golds, inputs, outputs and scores to look at
            org.apache.commons.io.FileUtils.copyDirectory(tmp.toFile(), new java.io.File(System.getProperty("sweep.keep")));
        }
        TreeSet<String> imperfect = new TreeSet<>();
        scores.rows().fields().forEachRemaining(row -> {
            JsonNode s = row.getValue().path("md");
            if (s.path("recall").asDouble() != 1 || s.path("precision").asDouble() != 1
                    || s.path("anchors").asDouble() != 1 || s.path("notes").asDouble() != 1
                    || !s.path("leaks").isEmpty()) {
                imperfect.add(row.getKey());
            }
        });
        assertThat(scores.rows().size()).isEqualTo(cases.size());
        assertThat(imperfect).as(scores.printed()).containsExactlyInAnyOrderElementsOf(AMBIGUOUS);
    }
}
