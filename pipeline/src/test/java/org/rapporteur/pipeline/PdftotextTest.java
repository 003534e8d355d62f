package org.rapporteur.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.pipeline.cli.Main;

/**
 * Text as poppler's pdftotext gives it, in its default and its -layout mode, from the shared PDFs: notes glued to their numbers at the page foot, marks flattened into the text, the running
 * title at page tops, no paragraph cues in default mode. Skipped where pdftotext or ../shared is absent.
 */
class PdftotextTest {
    @TempDir
    Path tmp;

    @Test
    void pdftotextOutputConverts() throws Exception {
        Path shared = Golden.sharedOrSkip("pdftotext test");
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String mode : List.of("raw", "layout", "hrc")) {
            Path pdf = shared.resolve(mode.equals("hrc") ? "corpus/pdf/002_080b69fca23ebe93_v0.pdf"
                    : "corpus/pdf/000_2f97a463d2083d74_v0.pdf");
            List<String> cmd = mode.equals("raw") ? List.of("pdftotext", pdf.toString(), in.resolve("raw.txt").toString())
                    : List.of("pdftotext", "-layout", pdf.toString(), in.resolve(mode + ".txt").toString());
            Process p;
            try {
                p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            } catch (java.io.IOException e) {
                assumeTrue(false, "pdftotext is absent (poppler-utils): test skipped");
                return;
            }
            assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0).isTrue();
        }
        Path out = tmp.resolve("out");
        assertThat(Main.run("convert", in.toString(), "-o", out.toString())).isZero();
        Path cases = tmp.resolve("cases.tsv");
        Files.writeString(cases, "raw\t000_2f97a463d2083d74\nlayout\t000_2f97a463d2083d74\nhrc\t002_080b69fca23ebe93\n");
        Path report = tmp.resolve("score.json");
        String printed = Python.run(shared.resolve("tools/score.py").toString(), shared.resolve("corpus/expected").toString(),
                out.toString(), "--cases", cases.toString(), "--json", report.toString());
        JsonNode rows = new ObjectMapper().readTree(report.toFile());
        for (String format : List.of("md", "docx", "akn")) {
            assertThat(rows.path("layout").path(format).path("perfect").asBoolean()).as(printed).isTrue();
            JsonNode raw = rows.path("raw").path(format);
            // Default mode keeps no paragraph cues; short last lines find most paragraph ends, not all.
            assertThat(raw.path("notes").asDouble()).as(printed).isEqualTo(1.0);
            assertThat(raw.path("anchors").asDouble()).as(printed).isEqualTo(1.0);
            assertThat(raw.path("recall").asDouble()).as(printed).isGreaterThanOrEqualTo(0.85);
            assertThat(raw.path("leaks")).as(printed).isEmpty();
            // The HRC PDF lacks one comma the expected text has (see CorpusScoreTest): that paragraph only.
            JsonNode hrc = rows.path("hrc").path(format);
            assertThat(hrc.path("notes").asDouble()).as(printed).isEqualTo(1.0);
            assertThat(hrc.path("anchors").asDouble()).as(printed).isEqualTo(1.0);
            assertThat(hrc.path("recall").asDouble()).as(printed).isEqualTo(0.977);
        }
    }
}
