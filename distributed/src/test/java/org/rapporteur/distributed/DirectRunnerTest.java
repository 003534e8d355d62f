package org.rapporteur.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.pipeline.cli.Main;

/**
 * The same inputs through the local batch and through Beam's DirectRunner: the same output files, byte
 * for byte, and the same verdict and reason for every input, bad ones included.
 */
class DirectRunnerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path in;
    static Path local;
    static Path beam;
    static int localExit;
    static int beamExit;

    @BeforeAll
    static void runBoth() throws IOException {
        in = tmp.resolve("in");
        Files.createDirectories(in.resolve("sub/deeper"));
        try (Stream<Path> seeds = Files.list(Path.of("../input"))) {
            for (Path s : seeds.toList()) {
                Files.copy(s, in.resolve(s.getFileName()));
            }
        }
        Files.copy(Path.of("../pipeline/src/test/resources/fixtures/en_recorded_vote.txt"),
                in.resolve("sub/deeper/en_recorded_vote.txt"));
        Path pdfs = Path.of(System.getProperty("shared.dir", "../../shared"), "corpus/pdf");
        if (Files.isDirectory(pdfs)) {
            try (Stream<Path> list = Files.list(pdfs)) {
                for (Path p : list.toList()) {
                    Files.copy(p, in.resolve("sub").resolve(p.getFileName()));
                }
            }
        }
        // What goes wrong in real archives: an empty file, a broken PDF, a file of another kind, two
        // inputs that would write the same outputs, and a hidden file both batches must skip.
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.writeString(in.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj <<");
        Files.writeString(in.resolve("minutes.odt"), "not a resolution");
        Files.copy(in.resolve("sub/deeper/en_recorded_vote.txt"), in.resolve("sub/deeper/en_recorded_vote.text"));
        Files.writeString(in.resolve(".draft.txt"), "hidden");

        local = tmp.resolve("local");
        beam = tmp.resolve("beam");
        localExit = Main.run("convert", in.toString(), "-o", local.toString(), "--threads", "2");
        beamExit = DistributedMain.run(new String[] {"--runner=DirectRunner", "--input=" + in + "/**",
                "--output=" + beam, "--targetParallelism=2"});
    }

    @Test
    void outputsAreByteIdenticalToTheLocalBatch() throws IOException {
        Map<String, byte[]> fromLocal = outputs(local);
        Map<String, byte[]> fromBeam = outputs(beam);
        assertThat(fromBeam.keySet()).isEqualTo(fromLocal.keySet());
        assertThat(fromLocal.keySet()).contains("000_2f97a463d2083d74.md", "000_2f97a463d2083d74.docx",
                "000_2f97a463d2083d74.akn.xml", "sub/deeper/en_recorded_vote.docx");
        for (String name : fromLocal.keySet()) {
            assertThat(fromBeam.get(name)).as(name).isEqualTo(fromLocal.get(name));
        }
    }

    @Test
    void everyInputHasTheSameVerdictAndReason() throws IOException {
        assertThat(verdicts(beam)).isEqualTo(verdicts(local));
        assertThat(verdicts(beam)).containsEntry("empty.txt", "failed: empty file")
                // (a file no reader takes is ignored in both, counted and not failed)
                .containsEntry("minutes.odt", "ignored: not a file this tool reads (.txt, .pdf)")
                .containsEntry("004_c0bf6ce2d5e43bc9.txt", "converted: ")
                .doesNotContainKey(".draft.txt");
        assertThat(beamExit).isEqualTo(localExit).isEqualTo(1);
    }

    @Test
    void deadLettersNameEachFailedFileWithItsReason() throws IOException {
        List<String> lines = Files.readAllLines(beam.resolve(WriteReportFn.DEAD_LETTER_FILE), StandardCharsets.UTF_8);
        Map<String, String> letters = new TreeMap<>();
        for (String line : lines) {
            JsonNode n = JSON.readTree(line);
            letters.put(in.relativize(Path.of(n.get("input").asText())).toString(), n.get("reason").asText());
        }
        assertThat(letters).containsOnlyKeys("empty.txt", "broken.pdf", "sub/deeper/en_recorded_vote.txt");
        assertThat(letters.get("broken.pdf")).startsWith("not a readable PDF");
        assertThat(letters.get("sub/deeper/en_recorded_vote.txt"))
                .isEqualTo("its outputs would overwrite those of " + in.resolve("sub/deeper/en_recorded_vote.text"));
    }

    @Test
    void noTemporaryFilesAreLeftBehind() throws IOException {
        try (Stream<Path> all = Files.walk(beam)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aBadOptionFailsTheSubmissionNotEachFile() {
        assertThat(DistributedMain.run(new String[] {"--input=" + in + "/**", "--output=" + tmp.resolve("x"),
                "--formats=md,pdf"})).isEqualTo(2);
        assertThat(DistributedMain.run(new String[] {"--output=" + tmp.resolve("x")})).isEqualTo(2);
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    /** Every output file below {@code dir} by relative path, without the batch's own bookkeeping files. */
    private static Map<String, byte[]> outputs(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString();
                if (!rel.startsWith(".") && !rel.equals("report.json") && !rel.equals(WriteReportFn.DEAD_LETTER_FILE)) {
                    out.put(rel, Files.readAllBytes(p));
                }
            }
        }
        return out;
    }

    /** Input (relative) to "status: reason", plus the output checksums, from a run's report.json. */
    private static Map<String, String> verdicts(Path dir) throws IOException {
        Map<String, String> v = new TreeMap<>();
        List<String> sums = new ArrayList<>();
        for (JsonNode e : JSON.readTree(dir.resolve("report.json").toFile()).get("entries")) {
            String input = in.toAbsolutePath().relativize(Path.of(e.get("input").asText()).toAbsolutePath()).toString();
            v.put(input, e.get("status").asText() + ": " + (e.has("reason") ? e.get("reason").asText() : ""));
            e.get("outputs").fields().forEachRemaining(o -> sums.add(o.getKey() + "=" + o.getValue().asText()));
        }
        v.put("(output checksums)", String.join(",", sums.stream().sorted().toList()));
        return v;
    }
}
