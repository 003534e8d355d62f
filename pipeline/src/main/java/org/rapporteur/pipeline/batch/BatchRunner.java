package org.rapporteur.pipeline.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.rapporteur.model.ConversionException;
import org.rapporteur.pipeline.Converter;

/**
 * Converts a batch of files on a pool of threads. A file that fails is reported with its reason and the
 * batch goes on; outputs are written only once a document converted completely, each atomically; a file
 * converted before with the same content, options and tool version is skipped unless forced.
 * Memory stays bounded: a document lives only while its thread converts it.
 */
public final class BatchRunner {
    /**
     * How a batch runs. {@code options} and {@code version} go in the manifest: a change redoes every file.
     * {@code timeout}: how long one file may take (zero: no limit).
     */
    public record Options(int threads, boolean force, long maxBytes, String options, String version, Duration timeout) {
        /** A resolution converts in well under a second; a file still running after this is pathological. */
        public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
            }
        }

        public Options(int threads, boolean force, long maxBytes, String options, String version) {
            this(threads, force, maxBytes, options, version, DEFAULT_TIMEOUT);
        }

        /** Why a file of {@code size} bytes is not even read, or null. */
        public String refuseSize(long size) {
            if (size == 0) {
                return "empty file";
            }
            if (size > maxBytes) {
                return "too large for a resolution (" + size / (1024 * 1024) + " MB; the limit is "
                        + maxBytes / (1024 * 1024) + " MB, --max-size changes it)";
            }
            return null;
        }
    }

    private final Converter converter;
    private final Options options;

    public BatchRunner(Converter converter, Options options) {
        this.converter = converter;
        this.options = options;
    }

    /** Converts {@code files} into {@code outDir}; {@code progress} hears of each outcome as it comes. */
    public List<Outcome> run(List<InputFile> files, Path outDir, Manifest manifest, Consumer<Outcome> progress)
            throws InterruptedException {
        Path out = outDir.toAbsolutePath().normalize();
        Map<Path, InputFile> claimed = new HashMap<>();
        List<Future<Outcome>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try (TimeLimit limit = new TimeLimit(options.timeout())) {
            for (InputFile f : files) {
                if (f.problem() != null) {
                    Outcome o = f.ignored() ? Outcome.ignored(f) : Outcome.failed(f, f.problem(), 0);
                    progress.accept(o);
                    futures.add(CompletableFuture.completedFuture(o));
                    continue;
                }
                Path base = f.outputBase(out).toAbsolutePath().normalize();
                InputFile first = base.startsWith(out) ? claimed.putIfAbsent(base, f) : null;
                if (!base.startsWith(out) || first != null) {
                    Outcome o = Outcome.failed(f, first != null ? "its outputs would overwrite those of " + first.path()
                            : "its outputs would fall outside " + out, 0);
                    progress.accept(o);
                    futures.add(CompletableFuture.completedFuture(o));
                    continue;
                }
                futures.add(pool.submit(() -> {
                    Outcome o = convertOne(f, base, out, manifest, limit);
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

    private Outcome convertOne(InputFile f, Path base, Path out, Manifest manifest, TimeLimit limit)
            throws InterruptedException {
        long start = System.nanoTime();
        try {
            String refused = refuse(f.path());
            if (refused != null) {
                return Outcome.failed(f, refused, millis(start));
            }
            String key = key(base, out, f);
            byte[] content = Files.readAllBytes(f.path());
            String sha = Fingerprint.of(content);
            if (!options.force() && manifest.upToDate(key, sha, options.options(), options.version(), out)) {
                Manifest.Entry before = manifest.get(key);
                return new Outcome(f, Outcome.Status.SKIPPED, "unchanged since the last run", before.warnings(),
                        before.outputs(), millis(start));
            }
            Converter.Result r = limit.call(() -> converter.convert(content, f.path().getFileName().toString()));
            Map<String, String> written = new LinkedHashMap<>();
            Map<Path, byte[]> files = new LinkedHashMap<>();
            for (var e : r.outputs().entrySet()) {
                Path target = base.resolveSibling(base.getFileName() + e.getKey());
                files.put(target, e.getValue());
                written.put(out.relativize(target).toString().replace('\\', '/'), Fingerprint.of(e.getValue()));
            }
            AtomicFiles.writeAll(out, files);
            manifest.record(new Manifest.Entry(key, sha, options.options(), options.version(), written,
                    r.document().warnings(), BatchIndex.facts(r.document())));
            return new Outcome(f, Outcome.Status.CONVERTED, "", r.document().warnings(), written, millis(start));
        } catch (ConversionException e) {
            return Outcome.failed(f, e.getMessage(), millis(start));
        } catch (IOException e) {
            String full = fileSystemFailure(e);
            return Outcome.failed(f, full != null ? Outcome.OUTPUT_FILE_SYSTEM + full
                    : "cannot read or write: " + e.getMessage(), millis(start));
        } catch (InterruptedException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            return Outcome.failed(f, "out of memory while converting this file (" + e.getMessage() + "): give Java more"
                    + " memory (java -Xmx4g -jar …), convert with fewer --threads, or refuse such files with --max-size",
                    millis(start));
        } catch (Exception | StackOverflowError | LinkageError | AssertionError e) {
            // A defect of ours (a stage that throws, a class that fails to load) fails this file, with its
            // cause in the report, and the batch goes on.
            return Outcome.failed(f, Outcome.internalError(e), millis(start));
        }
    }

    /** "No space left on device" and the like, when the file system refused a write for itself; else null. */
    static String fileSystemFailure(IOException e) {
        String m = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        for (String cause : List.of("No space left on device", "Read-only file system", "Disk quota exceeded")) {
            if (m.contains(cause)) {
                return cause;
            }
        }
        return null;
    }

    /** The manifest's name for {@code f} converted into {@code out}: its output base and its file name. */
    static String key(InputFile f, Path out) {
        Path o = out.toAbsolutePath().normalize();
        return key(f.outputBase(o).toAbsolutePath().normalize(), o, f);
    }

    /** As {@link #key(InputFile, Path)}, with the output base and directory already made absolute. */
    private static String key(Path base, Path out, InputFile f) {
        return out.relativize(base).toString().replace('\\', '/') + " <- " + f.path().getFileName();
    }

    /** Why a file is not even read, or null: not a file, empty, larger than any resolution. */
    private String refuse(Path p) throws IOException {
        if (!Files.isRegularFile(p)) {
            return Files.exists(p) ? "not a regular file" : "no such file";
        }
        if (!Files.isReadable(p)) {
            return "not readable";
        }
        return options.refuseSize(Files.size(p));
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
