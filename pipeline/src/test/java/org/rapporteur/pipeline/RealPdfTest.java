package org.rapporteur.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.format.Writers;
import org.rapporteur.pipeline.cli.Main;

/**
 * PDFs the United Nations made itself with Word (and one from 1993 made with Acrobat Distiller), from
 * {@code ../shared/corpus/real}: six Security Council drafts with the shared hand-checked structure, and a
 * Human Rights Council decision and A/RES/48/161 in French with ours ({@code src/test/resources/real-expected},
 * made from the output and checked word for word against the page text). Every one must score perfect in
 * every format, with its kind, organ, symbol and dates in the metadata. Skipped, with a message, where
 * {@code ../shared} or python3 is absent.
 */
class RealPdfTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void realUnPdfsScorePerfectInEveryFormat() throws Exception {
        Path shared = Golden.sharedOrSkip("real UN PDFs");
        Path out = tmp.resolve("out");
        assertThat(Main.run("convert", shared.resolve("corpus/real/pdf").toString(), "-o", out.toString())).isZero();
        // one directory of expected files: the shared six and our two
        Path expected = tmp.resolve("expected");
        Files.createDirectories(expected);
        for (Path dir : List.of(shared.resolve("corpus/real/expected"), Path.of("src/test/resources/real-expected"))) {
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                    Files.copy(f, expected.resolve(f.getFileName()));
                }
            }
        }
        Path report = tmp.resolve("score.json");
        String printed = Python.run(shared.resolve("tools/score.py").toString(), expected.toString(), out.toString(),
                "--json", report.toString());
        JsonNode rows = JSON.readTree(report.toFile());
        List<String> notPerfect = new ArrayList<>();
        rows.fields().forEachRemaining(row -> Writers.defaults().keySet().forEach(format -> {
            if (!row.getValue().path(format).path("perfect").asBoolean()) {
                notPerfect.add(row.getKey() + " " + format);
            }
        }));
        assertThat(rows.size()).as(printed).isEqualTo(8);
        assertThat(notPerfect).as(printed).isEmpty();

        String decision = Files.readString(out.resolve("A_HRC_DEC_59_112.md"));
        assertThat(decision).contains("symbol: \"A/HRC/DEC/59/112\"", "kind: \"decision\"", "actor: \"unga-hrc\"",
                "date: 2025-07-02", "meeting: \"25th meeting\"",
                "adoption: \"Decision adopted by the Human Rights Council on 2 July 2025\"", "agenda_title: \"Universal periodic review\"");
        String draft = Files.readString(out.resolve("S_2024_400.md"));
        assertThat(draft).contains("kind: \"draft resolution\"", "actor: \"unsc\"", "symbol: \"S/2024/400\"",
                "sponsors: \"Afghanistan, Albania,");
        // a draft is not adopted: its Akoma Ntoso work is dated by its masthead, never by a placeholder
        for (String stem : List.of("S_2017_142", "S_2018_221", "S_2021_1075", "S_2023_970", "S_2024_302", "S_2024_400")) {
            assertThat(Files.readString(out.resolve(stem + ".akn.xml"))).as(stem).contains("name=\"issued\"")
                    .doesNotContain("0001-01-01");
        }
        assertThat(Files.readString(out.resolve("S_2024_400.akn.xml"))).contains("<FRBRdate date=\"2024-05-24\" name=\"issued\"/>");
        String old = Files.readString(out.resolve("fr_A_RES_48_161.md"));
        assertThat(old).contains("kind: \"resolution\"", "date: 1993-12-20",
                "adoption: \"RESOLUTION ADOPTEE PAR L’ASSEMBLEE GENERALE\"").doesNotContain("/...");
        // nothing of the masthead or the footers in the body, and the warnings are the true ones only
        for (String md : List.of(decision, draft, old)) {
            String body = md.substring(md.indexOf("\n---\n", 4));
            assertThat(body).doesNotContain("Distr.", "Original:", "GE.25-11154", "24-09272", "*2409272*", "/...");
        }
        List<String> warnings = new ArrayList<>();
        List<String> pdfbox = new ArrayList<>();
        for (JsonNode entry : JSON.readTree(out.resolve("report.json").toFile()).path("entries")) {
            for (JsonNode w : entry.path("warnings")) {
                if (w.path("kind").asText().equals("PDF_READER")) {
                    // PDFBox's own notices, in the report of the file they came from (fonts not embedded)
                    pdfbox.add(w.path("message").asText());
                    continue;
                }
                warnings.add(Path.of(entry.path("input").asText()).getFileName() + " " + w.path("kind").asText() + " "
                        + w.path("message").asText());
            }
        }
        // the 1993 masthead: "NATIONS" | "A" | "UNIES" and "Distr." | "GENERALE" set as separate lines
        assertThat(warnings).allMatch(w -> w.startsWith("fr_A_RES_48_161.pdf UNSTRUCTURED_TEXT masthead line not recognised"),
                "only the 1993 masthead's split lines");
        assertThat(pdfbox).isNotEmpty().allMatch(m -> m.startsWith("PDFBox: Using fallback font")
                || m.startsWith("PDFBox: No PostScript name data"), "notices of fonts the PDFs do not embed");
    }
}
