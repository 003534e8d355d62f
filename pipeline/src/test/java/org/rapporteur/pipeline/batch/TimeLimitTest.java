package org.rapporteur.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.format.ReadOptions;
import org.rapporteur.format.Writers;
import org.rapporteur.model.Checkpoint;
import org.rapporteur.model.Document;
import org.rapporteur.pipeline.Converter;
import org.rapporteur.pipeline.Pipeline;
import org.rapporteur.pipeline.stage.Stage;

/**
 * A file that takes too long fails with "timed out after …" and the batch goes on with the others, on
 * a single worker thread: whether the conversion stops at its next checkpoint or ignores the interrupt.
 */
class TimeLimitTest {
    @TempDir
    Path tmp;

    @Test
    void aConversionThatStopsWhenInterruptedFailsAsTimedOut() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        Stage spins = (d, context) -> {
            if (hangs(d)) {
                try {
                    while (true) {
                        Checkpoint.check();
                    }
                } finally {
                    stopped.countDown();
                }
            }
            return d;
        };
        List<Outcome> outcomes = run(spins);
        assertTimedOutAndOthersConverted(outcomes);
        assertThat(stopped.await(10, TimeUnit.SECONDS)).as("the interrupted conversion stopped").isTrue();
    }

    @Test
    void aConversionThatIgnoresTheInterruptDoesNotHoldTheBatch() throws Exception {
        AtomicBoolean release = new AtomicBoolean();
        Stage ignores = (d, context) -> {
            while (hangs(d) && !release.get()) {
                Thread.onSpinWait();
            }
            return d;
        };
        try {
            assertTimedOutAndOthersConverted(run(ignores));
        } finally {
            release.set(true);
        }
    }

    @Test
    void noLimitWhenZero() throws Exception {
        BatchRunner.Options none = new BatchRunner.Options(1, true, 1 << 20, "md", "test", Duration.ZERO);
        try (TimeLimit limit = new TimeLimit(none.timeout())) {
            assertThat(limit.call(() -> Thread.currentThread())).isSameAs(Thread.currentThread());
        }
    }

    private static boolean hangs(Document d) {
        return d.blocks().toString().contains("HANG");
    }

    private List<Outcome> run(Stage stage) throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        List<InputFile> files = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            Files.writeString(in.resolve(name + ".txt"), "1/1. Title\n\nThe General Assembly,\n\n"
                    + (name.equals("b") ? "HANG\n" : "1. Decides.\n"), StandardCharsets.UTF_8);
            files.add(new InputFile(in.resolve(name + ".txt"), Path.of(name + ".txt")));
        }
        Converter converter = new Converter(new Pipeline(List.of(stage)), Writers.named(List.of("md")), ReadOptions.DEFAULTS);
        BatchRunner runner = new BatchRunner(converter,
                new BatchRunner.Options(1, true, 1 << 20, "md", "test", Duration.ofSeconds(1)));
        Path out = tmp.resolve("out");
        try (Manifest manifest = Manifest.open(out)) {
            List<Outcome> outcomes = new ArrayList<>(runner.run(files, out, manifest, o -> { }));
            outcomes.sort(Comparator.comparing(o -> o.input().relative().toString()));
            return outcomes;
        }
    }

    private void assertTimedOutAndOthersConverted(List<Outcome> outcomes) {
        assertThat(outcomes).extracting(Outcome::status)
                .containsExactly(Outcome.Status.CONVERTED, Outcome.Status.FAILED, Outcome.Status.CONVERTED);
        assertThat(outcomes.get(1).reason()).startsWith("timed out after 1 s");
        assertThat(tmp.resolve("out/b.md")).doesNotExist();
        assertThat(tmp.resolve("out/a.md")).exists();
        assertThat(tmp.resolve("out/c.md")).exists();
    }
}
