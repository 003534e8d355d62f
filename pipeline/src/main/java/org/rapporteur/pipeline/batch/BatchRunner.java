package org.rapporteur.pipeline.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.rapporteur.model.ConversionException;
import org.rapporteur.pipeline.Converter;

/**
 * Converts a batch of files on a pool of threads. A file that fails is reported with its reason and
 * the batch goes on; outputs are written only once a document converted completely.
 */
public final class BatchRunner {
    private final Converter converter;
    private final int threads;

    public BatchRunner(Converter converter, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.converter = converter;
        this.threads = threads;
    }

    /** Converts {@code files} into {@code outDir}; {@code progress} hears of each outcome as it comes. */
    public List<Outcome> run(List<InputFile> files, Path outDir, Consumer<Outcome> progress) throws InterruptedException {
        Map<Path, InputFile> claimed = new HashMap<>();
        List<Future<Outcome>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (InputFile f : files) {
                Path base = f.outputBase(outDir).toAbsolutePath().normalize();
                InputFile first = claimed.putIfAbsent(base, f);
                if (first != null) {
                    futures.add(java.util.concurrent.CompletableFuture.completedFuture(Outcome.failed(f,
                            "its outputs would overwrite those of " + first.path())));
                    continue;
                }
                futures.add(pool.submit(() -> {
                    Outcome o = convertOne(f, base);
                    progress.accept(o);
                    return o;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> fu : futures) {
                try {
                    outcomes.add(fu.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a conversion task died", e.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome convertOne(InputFile f, Path base) {
        if (!Files.isRegularFile(f.path())) {
            return Outcome.failed(f, Files.exists(f.path()) ? "not a regular file" : "no such file");
        }
        try {
            Converter.Result r = converter.convert(f.path());
            List<Path> written = new ArrayList<>();
            for (var e : r.outputs().entrySet()) {
                Path target = base.resolveSibling(base.getFileName() + e.getKey());
                AtomicFiles.write(target, e.getValue());
                written.add(target);
            }
            return new Outcome(f, true, "", r.document().warnings(), written);
        } catch (ConversionException e) {
            return Outcome.failed(f, e.getMessage());
        } catch (IOException e) {
            return Outcome.failed(f, "cannot write the output: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return Outcome.failed(f, "internal error: " + e);
        }
    }
}
