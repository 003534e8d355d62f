package org.rapporteur.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.pipeline.Golden;
import org.rapporteur.pipeline.cli.Main;

class IncrementalRunTest {
    @TempDir
    Path tmp;

    private String statuses(Path out) throws Exception {
        StringBuilder sb = new StringBuilder();
        new ObjectMapper().readTree(out.resolve("report.json").toFile()).path("entries")
                .forEach(e -> sb.append(Path.of(e.path("input").asText()).getFileName()).append('=')
                        .append(e.path("status").asText()).append(' '));
        return sb.toString().strip();
    }

    @Test
    void unchangedInputsAreSkippedChangedOnesRedoneForceRedoesAll() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(Golden.SEEDS.resolve("000_2f97a463d2083d74.txt"), in.resolve("a.txt"));
        Files.copy(Golden.SEEDS.resolve("004_c0bf6ce2d5e43bc9.txt"), in.resolve("b.txt"));
        Path out = tmp.resolve("out");
        assertThat(Main.run("convert", in.toString(), "-o", out.toString())).isZero();
        assertThat(statuses(out)).isEqualTo("a.txt=converted b.txt=converted");

        assertThat(Main.run("convert", in.toString(), "-o", out.toString())).isZero();
        assertThat(statuses(out)).isEqualTo("a.txt=skipped b.txt=skipped");

        Files.writeString(in.resolve("b.txt"), Files.readString(in.resolve("b.txt")).replace("第五十届会议", "第五十一届会议"));
        Files.delete(out.resolve("a.md"));
        assertThat(Main.run("convert", in.toString(), "-o", out.toString())).isZero();
        assertThat(statuses(out)).isEqualTo("a.txt=converted b.txt=converted");
        assertThat(Files.readString(out.resolve("b.md"))).contains("第五十一届会议");

        assertThat(Main.run("convert", in.toString(), "-o", out.toString(), "--formats", "md")).isZero();
        assertThat(statuses(out)).as("other options redo the files").isEqualTo("a.txt=converted b.txt=converted");

        assertThat(Main.run("convert", in.toString(), "-o", out.toString(), "--formats", "md", "--force")).isZero();
        assertThat(statuses(out)).isEqualTo("a.txt=converted b.txt=converted");
    }

    @Test
    void aSecondRunOnTheSameOutputIsRefused() throws Exception {
        Path out = tmp.resolve("out");
        try (OutputLock held = OutputLock.acquire(out)) {
            assertThat(Main.run("convert", Golden.SEEDS.toString(), "-o", out.toString())).as("exit code 3: locked").isEqualTo(3);
            assertThat(out.resolve("report.json")).doesNotExist();
        }
        assertThat(Main.run("convert", Golden.SEEDS.toString(), "-o", out.toString())).isZero();
    }

    @Test
    void theManifestHoldsOneLineAnInputHoweverOftenForced() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Files.copy(Golden.SEEDS.resolve("000_2f97a463d2083d74.txt"), in.resolve("a.txt"));
        Files.copy(Golden.SEEDS.resolve("004_c0bf6ce2d5e43bc9.txt"), in.resolve("sub/b.txt"));
        Path out = tmp.resolve("out");
        for (int run = 0; run < 4; run++) {
            assertThat(Main.run("convert", in.toString(), "-o", out.toString(), "--formats", "md", "--force")).isZero();
        }
        // (the last run's two lines are appended to the two the run began by compacting)
        assertThat(Files.readAllLines(out.resolve(Manifest.FILE))).hasSize(4);
        try (Manifest m = Manifest.open(out)) {
            assertThat(m.entries()).hasSize(2);
        }
        assertThat(Files.readAllLines(out.resolve(Manifest.FILE))).hasSize(2);
        assertThat(Main.run("convert", in.toString(), "-o", out.toString(), "--formats", "md")).isZero();
        assertThat(statuses(out)).as("compacting loses nothing").isEqualTo("a.txt=skipped b.txt=skipped");
    }

    @Test
    void pruneRemovesTheOutputsOfInputsThatAreGoneAndKeepsChangedOnes() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Files.copy(Golden.SEEDS.resolve("000_2f97a463d2083d74.txt"), in.resolve("a.txt"));
        Files.copy(Golden.SEEDS.resolve("004_c0bf6ce2d5e43bc9.txt"), in.resolve("sub/b.txt"));
        Files.copy(Golden.SEEDS.resolve("001_aa87c640297f2ec5.txt"), in.resolve("c.txt"));
        Path out = tmp.resolve("out");
        assertThat(Main.run("convert", in.toString(), "-o", out.toString(), "--formats", "md,akn")).isZero();
        Files.delete(in.resolve("sub/b.txt"));
        Files.delete(in.resolve("c.txt"));
        Files.writeString(out.resolve("c.md"), "edited by hand");

        assertThat(Main.run("convert", in.toString(), "-o", out.toString(), "--formats", "md,akn")).isZero();
        assertThat(out.resolve("sub/b.md")).as("without --prune nothing is removed").exists();

        assertThat(Main.run("convert", in.toString(), "-o", out.toString(), "--formats", "md,akn", "--prune")).isZero();
        assertThat(out.resolve("sub")).doesNotExist();
        assertThat(out.resolve("c.akn.xml")).doesNotExist();
        assertThat(out.resolve("c.md")).as("changed since written: kept").hasContent("edited by hand");
        assertThat(out.resolve("a.md")).exists();
        assertThat(new ObjectMapper().readTree(out.resolve("report.json").toFile()).path("pruned").toString())
                .isEqualTo("[\"c.akn.xml\",\"sub/b.akn.xml\",\"sub/b.md\"]");
        try (Manifest m = Manifest.open(out)) {
            assertThat(m.entries()).extracting(Manifest.Entry::input).containsExactly("a <- a.txt");
        }
    }
}
