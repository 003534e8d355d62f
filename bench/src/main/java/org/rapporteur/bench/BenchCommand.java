package org.rapporteur.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.io.file.PathUtils;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.rapporteur.format.ReadOptions;
import org.rapporteur.format.Writers;
import org.rapporteur.pipeline.Converter;
import org.rapporteur.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: end-to-end throughput in one JVM. Converts a generated corpus to all three formats on
 * one thread and on all threads (after a warm-up pass), and times raw {@link PDFTextStripper} on the same
 * PDFs; prints documents/s, pages/s, the ratio to raw stripping and the peak heap.
 */
@Command(name = "rapporteur-bench", mixinStandardHelpOptions = true,
        description = "Measures conversion throughput on a generated corpus (text and PDF, Chinese and English).")
public final class BenchCommand implements Callable<Integer> {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns its exit code; tests call this rather than {@link #main}. */
    public static int run(String... args) {
        return new picocli.CommandLine(new BenchCommand()).execute(args);
    }

    @Option(names = "--docs", defaultValue = "200", description = "Documents in the corpus (default: ${DEFAULT-VALUE}).")
    private int docs;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds; the best is reported (default: ${DEFAULT-VALUE}).")
    private int rounds;

    @Option(names = "--warmup", defaultValue = "15", paramLabel = "SECONDS",
            description = "Seconds of untimed work before each kind of run is timed, so the JIT has compiled what it runs"
                    + " (default: ${DEFAULT-VALUE}).")
    private double warmup;

    @Option(names = "--write-corpus", paramLabel = "DIR",
            description = "Only write the generated corpus to DIR and stop, to time other runs on it (convert, Beam runners).")
    private Path corpusOnly;

    @Override
    public Integer call() throws Exception {
        if (corpusOnly != null) {
            BenchCorpus.Corpus c = BenchCorpus.make(corpusOnly, docs);
            System.out.printf("wrote %d text + %d PDF documents (%d PDF pages) to %s%n",
                    c.texts().size(), c.pdfs().size(), c.pdfPages(), corpusOnly);
            return 0;
        }
        Path dir = Files.createTempDirectory("rapporteur-bench");
        try {
            BenchCorpus.Corpus corpus = BenchCorpus.make(dir, docs);
            Converter converter = new Converter(Pipeline.standard(), new ArrayList<>(Writers.defaults().values()), ReadOptions.DEFAULTS);
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.printf("corpus: %d text + %d PDF documents (%d PDF pages), %d cores%n",
                    corpus.texts().size(), corpus.pdfs().size(), corpus.pdfPages(), cores);
            // on all cores: the JIT compiles by counts, and the sooner it is done, the less its own threads
            // take from the timed runs (on two cores a two-thread run timed too early gained x1.3 where
            // a warm one gains x1.9)
            // A text converts in about a millisecond: each timed text round converts the texts over and over,
            // to at least 1,000 conversions, so that a round is long enough to time two threads fairly.
            List<Path> texts = new ArrayList<>();
            while (texts.size() < Math.max(1000, corpus.texts().size())) {
                texts.addAll(corpus.texts());
            }
            warm(() -> convert(converter, texts, cores));
            warm(() -> convert(converter, corpus.pdfs(), cores));
            warm(() -> strip(corpus.pdfs()));
            resetPeaks();
            // Runs that are compared are timed in turn, round by round, so that a slow spell of a shared
            // machine falls on both and not on one of them.
            double[] text = best(() -> convert(converter, texts, 1), () -> convert(converter, texts, cores));
            double text1 = text[0];
            double textN = text[1];
            double[] pdf = best(() -> convert(converter, corpus.pdfs(), 1), () -> convert(converter, corpus.pdfs(), cores),
                    () -> strip(corpus.pdfs()));
            double pdf1 = pdf[0];
            double pdfN = pdf[1];
            double raw = pdf[2];
            int pages = corpus.pdfPages();
            System.out.printf("text -> md+docx+akn, 1 thread:   %8.1f documents/s%n", texts.size() / text1);
            System.out.printf("text -> md+docx+akn, %d threads:  %8.1f documents/s (x%.2f)%n", cores,
                    texts.size() / textN, text1 / textN);
            System.out.printf("PDF  -> md+docx+akn, 1 thread:   %8.1f documents/s, %8.1f pages/s%n",
                    corpus.pdfs().size() / pdf1, pages / pdf1);
            System.out.printf("PDF  -> md+docx+akn, %d threads:  %8.1f documents/s, %8.1f pages/s (x%.2f)%n", cores,
                    corpus.pdfs().size() / pdfN, pages / pdfN, pdf1 / pdfN);
            System.out.printf("raw PDFTextStripper, 1 thread:   %8.1f pages/s; conversion runs at %.0f%% of it%n",
                    pages / raw, 100 * raw / pdf1);
            // each format alone, 1 thread: what each writer costs beside reading and the stages
            for (var w : Writers.all().values()) {
                Converter alone = new Converter(Pipeline.standard(), java.util.List.of(w), ReadOptions.DEFAULTS);
                double t = best(() -> convert(alone, texts, 1));
                double p = best(() -> convert(alone, corpus.pdfs(), 1));
                System.out.printf("%-4s alone, 1 thread:            %8.1f text documents/s, %8.1f PDF pages/s (%.0f%% of raw)%n",
                        w.name(), texts.size() / t, pages / p, 100 * raw / p);
            }
            // reading and the stages alone: what every format pays before its writer
            Converter none = new Converter(Pipeline.standard(), java.util.List.of(), ReadOptions.DEFAULTS);
            double t0 = best(() -> convert(none, texts, 1));
            double p0 = best(() -> convert(none, corpus.pdfs(), 1));
            System.out.printf("read + stages, no writer, 1 thread: %5.1f text documents/s, %8.1f PDF pages/s (%.0f%% of raw)%n",
                    texts.size() / t0, pages / p0, 100 * raw / p0);
            System.out.printf("peak heap: %.1f MB%n", peakHeap() / 1024.0 / 1024.0);
            return 0;
        } finally {
            PathUtils.deleteDirectory(dir);
        }
    }

    private interface Timed {
        void run() throws Exception;
    }

    /** Runs {@code t} over and over for the warm-up time. */
    private void warm(Timed t) throws Exception {
        long end = System.nanoTime() + (long) (warmup * 1e9);
        do {
            t.run();
        } while (System.nanoTime() < end);
    }

    private double best(Timed t) throws Exception {
        return best(new Timed[] {t})[0];
    }

    /** The best time in seconds of each of {@code ts}, timed in turn in each round. */
    private double[] best(Timed... ts) throws Exception {
        double[] best = new double[ts.length];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < ts.length; k++) {
                long start = System.nanoTime();
                ts[k].run();
                best[k] = Math.min(best[k], (System.nanoTime() - start) / 1e9);
            }
        }
        return best;
    }

    private static void convert(Converter converter, List<Path> files, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> converter.convert(f)));
            }
            for (Future<?> fu : futures) {
                fu.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void strip(List<Path> pdfs) throws Exception {
        for (Path p : pdfs) {
            try (PDDocument doc = Loader.loadPDF(p.toFile())) {
                new PDFTextStripper().getText(doc);
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
