package org.rapporteur.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.format.ReadOptions;
import org.rapporteur.format.Writers;
import org.rapporteur.pipeline.Converter;
import org.rapporteur.pipeline.Pipeline;

/**
 * A defect of ours, not of the input: a stage that throws an error no stage should (here the one a class
 * whose static setup fails throws) fails the file it met, with the cause in the reason, and the batch goes
 * on with the next file.
 */
class DefectiveStageTest {
    @TempDir
    Path tmp;

    @Test
    void anErrorInAStageFailsThatFileAndTheBatchGoesOn() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "1/1. Title\n\nThe General Assembly,\n\nBREAK\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt"), "1/2. Title\n\nThe General Assembly,\n\n1. Decides.\n", StandardCharsets.UTF_8);
        Pipeline failing = new Pipeline(List.<org.rapporteur.pipeline.stage.Stage>of((d, context) -> {
            if (d.blocks().toString().contains("BREAK")) {
                throw new ExceptionInInitializerError(new IllegalArgumentException("duplicate element: para"));
            }
            return d;
        }));
        Converter converter = new Converter(failing, Writers.named(List.of("md")), ReadOptions.DEFAULTS);
        BatchRunner runner = new BatchRunner(converter, new BatchRunner.Options(2, true, 1 << 20, "md", "test"));
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        List<Outcome> outcomes = new ArrayList<>(runner.run(List.of(new InputFile(in.resolve("a.txt"), Path.of("a.txt")),
                new InputFile(in.resolve("b.txt"), Path.of("b.txt"))), out, Manifest.open(out), o -> { }));
        outcomes.sort(java.util.Comparator.comparing(o -> o.input().relative().toString()));
        assertThat(outcomes).extracting(Outcome::status).containsExactly(Outcome.Status.FAILED, Outcome.Status.CONVERTED);
        assertThat(outcomes.get(0).reason()).startsWith("internal error: java.lang.ExceptionInInitializerError")
                .contains("duplicate element: para");
        assertThat(out.resolve("b.md")).exists();
        assertThat(out.resolve("a.md")).doesNotExist();
    }
}
