package org.rapporteur.pipeline.languages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.pipeline.Golden;
import org.rapporteur.pipeline.cli.Main;

/**
 * PDFs from a producer the reader was not built on: GNU troff (see {@link GroffPdf}) typesets every
 * English, French and Spanish gold, hyphenating as it justifies ("Non-Self-Gov-|erning",
 * "provi-|sional"), footnotes under its own rule. Each converts with every paragraph, anchor and note
 * right in every format. Needs groff (.ci/run installs it); skipped with a message without it.
 */
class GroffPdfTest {
    /**
     * Where troff breaks a word no reader can tell from a compound: the place name "Gangwon" broken
     * "Gang-|won", whose syllables are both English words (the dictionary takes "Gang-won" as a compound
     * of them, and the document writes the name once). The hyphen is kept and the report says it was a
     * guess; every other paragraph of these documents is right.
     */
    private static final Map<String, String> KNOWN = Map.of(
            "unxml_A_RES_78_10_2323443E_troff", "Gang-won", "unxml_A_RES_78_10_2323443E_many_troff", "Gang-won");

    @TempDir
    Path tmp;

    @Test
    void everyLatinScriptGoldTypesetByTroffReadsBack() throws Exception {
        Path shared = Golden.sharedOrSkip("troff PDFs");
        assumeTrue(GroffPdf.available(), "groff (with gropdf) is absent: troff PDFs skipped");
        Path gold = tmp.resolve("gold");
        Map<String, JsonNode> golds = GoldSet.make(gold, shared);
        Path pdf = Files.createDirectories(tmp.resolve("pdf"));
        Path work = Files.createDirectories(tmp.resolve("work"));
        Map<String, String> cases = new LinkedHashMap<>();
        for (var e : golds.entrySet()) {
            if (GroffPdf.supports(e.getValue())) {
                GroffPdf.write(e.getValue(), pdf.resolve(e.getKey() + "_troff.pdf"), work);
                cases.put(e.getKey() + "_troff", e.getKey());
            }
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(15);
        Path out = tmp.resolve("out");
        assertThat(Main.run("convert", pdf.toString(), "-o", out.toString())).isZero();
        if (System.getProperty("troff.keep") != null) {
            // -Dtroff.keep=DIR keeps the golds, troff sources, PDFs and outputs to look at
            org.apache.commons.io.FileUtils.copyDirectory(tmp.toFile(), new java.io.File(System.getProperty("troff.keep")));
        }
        // the only warnings: PDFBox's own about the fonts troff does not embed, and hyphens decided by rule
        assertThat(GoldSet.warnings(out)).as("warnings").allMatch(w -> w.contains(": PDF_READER ") || w.contains(": GUESSED_HYPHEN "));
        GoldSet.Scores scores = GoldSet.score(shared, gold, out, cases, tmp);
        System.out.println(scores.printed());
        assertThat(scores.rows().size()).isEqualTo(cases.size());
        List<String> warnings = GoldSet.warnings(out);
        scores.rows().fields().forEachRemaining(row -> {
            if (!KNOWN.containsKey(row.getKey())) {
                GoldSet.assertPerfect(row.getKey(), row.getValue(), scores.printed());
                return;
            }
            for (String format : List.of("md", "docx", "akn")) {
                JsonNode s = row.getValue().path(format);
                String where = row.getKey() + " " + format + "\n" + scores.printed();
                // one paragraph of about thirty holds the guessed hyphen
                assertThat(s.path("recall").asDouble()).as(where).isGreaterThanOrEqualTo(0.96);
                assertThat(warnings).as(where).anyMatch(w -> w.contains(row.getKey() + ".pdf: GUESSED_HYPHEN ")
                        && w.contains(KNOWN.get(row.getKey()).replace("-", "-|")));
                assertThat(s.path("anchors").asDouble()).as(where).isEqualTo(1.0);
                assertThat(s.path("notes").asDouble()).as(where).isEqualTo(1.0);
                assertThat(s.path("leaks")).as(where).isEmpty();
            }
        });
    }
}
