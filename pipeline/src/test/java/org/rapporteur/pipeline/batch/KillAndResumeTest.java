package org.rapporteur.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.pipeline.Golden;
import org.rapporteur.pipeline.cli.Main;

/** A batch killed with SIGKILL in a separate process, then run again, ends with the outputs of an uninterrupted run. */
class KillAndResumeTest {
    @TempDir
    Path tmp;

    @Test
    void aRunAfterKillMinusNineFinishesWithIdenticalOutputs() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Golden.SEEDS)) {
            seeds = s.sorted().toList();
        }
        for (int i = 0; i < 60; i++) {
            for (Path seed : seeds) {
                Files.copy(seed, in.resolve(i + "_" + seed.getFileName()));
            }
        }
        Path killed = tmp.resolve("killed");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "convert", in.toString(), "-o", killed.toString(), "--threads", "1")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("killed.log").toFile()).start();
        Path manifest = killed.resolve(Manifest.FILE);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && p.isAlive()
                && (!Files.exists(manifest) || Files.readAllLines(manifest).size() < 20)) {
            Thread.sleep(20);
        }
        assertThat(p.isAlive()).as("the run was still going when killed").isTrue();
        p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int doneBefore = Files.readAllLines(manifest).size();
        assertThat(doneBefore).isBetween(20, seeds.size() * 60 - 1);

        assertThat(Main.run("convert", in.toString(), "-o", killed.toString())).isZero();
        Path clean = tmp.resolve("clean");
        assertThat(Main.run("convert", in.toString(), "-o", clean.toString())).isZero();

        List<Path> outputs;
        try (Stream<Path> s = Files.list(clean)) {
            outputs = s.filter(f -> !f.getFileName().toString().startsWith(".")
                    && !f.getFileName().toString().startsWith("report.")).sorted().toList();
        }
        assertThat(outputs).hasSize(seeds.size() * 60 * 3);
        for (Path f : outputs) {
            assertThat(Files.readAllBytes(killed.resolve(f.getFileName()))).as(f.toString()).isEqualTo(Files.readAllBytes(f));
        }
        try (Stream<Path> s = Files.list(killed)) {
            assertThat(s.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
