package org.rapporteur.pipeline.cli;

import static org.rapporteur.pipeline.cli.RunLog.fields;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rapporteur.format.DocumentWriter;
import org.rapporteur.format.ReadOptions;
import org.rapporteur.format.Writers;
import org.rapporteur.pipeline.Converter;
import org.rapporteur.pipeline.Pipeline;
import org.rapporteur.pipeline.batch.AtomicFiles;
import org.rapporteur.pipeline.batch.BatchIndex;
import org.rapporteur.pipeline.batch.BatchRunner;
import org.rapporteur.pipeline.batch.InputFile;
import org.rapporteur.pipeline.batch.InputFinder;
import org.rapporteur.pipeline.batch.Manifest;
import org.rapporteur.pipeline.batch.Outcome;
import org.rapporteur.pipeline.batch.OutputLock;
import org.rapporteur.pipeline.batch.Pruner;
import org.rapporteur.pipeline.batch.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code convert INPUT... -o OUTDIR}: the batch conversion; {@code convert FILE -o out.md} and
 * {@code convert - --stdout --formats md} convert one document to one file or to stdout.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Converts files and directories (walked recursively); the output tree mirrors the input tree.")
public final class ConvertCommand implements Callable<Integer> {
    static final String VERSION = org.rapporteur.pipeline.Version.TOOL;

    /** Exit codes, as documented in the README: 0 everything converted, 1 some files failed. */
    static final int FILES_FAILED = 1;
    /** The command line, or the environment (an output that cannot be written, a full disk): one line says which. */
    static final int USAGE_OR_ENVIRONMENT = 2;
    /** Another run holds the output directory. */
    static final int LOCKED = 3;
    /** A defect of ours stopped the run. */
    static final int INTERNAL_ERROR = 4;

    /** Where the command reads and writes: the process's streams, or a test's. */
    record Io(InputStream in, OutputStream out, PrintStream err, boolean terminal) {
        static Io system() {
            return new Io(System.in, System.out, System.err, Terminal.stderrIsTerminal());
        }
    }

    enum Prefer { PDF, TEXT }

    private final Io io;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Input files (.txt, .pdf) or directories; - reads one document from stdin.")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Output directory; or, for one input and one format, the output file (out.md).")
    private Path output;

    @Option(names = "--stdout", description = "Write the one input's one format (--formats) to stdout.")
    private boolean stdout;

    @Option(names = "--formats", split = ",", paramLabel = "FORMAT",
            description = "Formats to write: md, docx, akn, html (default: md, docx, akn).")
    private List<String> formats;

    @Option(names = "--threads", paramLabel = "N", description = "Conversion threads (default: all cores).")
    private Integer threads;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Encoding of text inputs (default: detected; UTF-8, UTF-16 with BOM, GB18030).")
    private Charset encoding;

    @Option(names = "--force", description = "Convert every file again, even those unchanged since the last run.")
    private boolean force;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "64",
            description = "Refuse input files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    private long maxSizeMb;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Fail a file still converting after this many seconds and go on (0: no limit; default: ${DEFAULT-VALUE}).")
    private long timeoutSeconds;

    @Option(names = "--report-csv", description = "Also write report.csv beside report.json.")
    private boolean reportCsv;

    @Option(names = "--follow-links",
            description = "Also read files that symbolic links in an input directory point to outside it.")
    private boolean followLinks;

    @Option(names = "--prune", description = "Remove outputs whose input is gone or failed in this run "
            + "(give the run all the inputs of the output directory).")
    private boolean prune;

    @Option(names = "--strict", description = "Fail files met in a directory that are not .txt or .pdf (default: ignore them).")
    private boolean strict;

    @Option(names = "--prefer", paramLabel = "pdf|text", defaultValue = "pdf",
            description = "Of x.pdf and x.txt side by side, convert this one (default: ${DEFAULT-VALUE}).",
            converter = PreferConverter.class)
    private Prefer prefer;

    @Option(names = "--fail-on-warnings", description = "Exit with 1 when any file has warnings.")
    private boolean failOnWarnings;

    @Option(names = {"-q", "--quiet"}, description = "Log errors only.")
    private boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Log each file's time and each pruned output too.")
    private boolean verbose;

    @Option(names = "--log-format", paramLabel = "text|json", defaultValue = "text",
            description = "Log lines as text or as one JSON object a line (default: ${DEFAULT-VALUE}).",
            converter = LogFormatConverter.class)
    private RunLog.Format logFormat;

    @Option(names = "--reference-docx", paramLabel = "FILE",
            description = "Take styles, page setup, header and footer of the DOCX outputs from this DOCX (a house template).")
    private Path referenceDocx;
    /** The template's checksum, from the one reading of it in {@link #writers()}: a changed template redoes every file. */
    private String referenceSha;

    @Option(names = "--debug", description = "Show the stack trace of an error that stops the run.")
    private boolean debug;

    public ConvertCommand() {
        this(Io.system());
    }

    ConvertCommand(Io io) {
        this.io = io;
    }

    static final class PreferConverter implements picocli.CommandLine.ITypeConverter<Prefer> {
        @Override
        public Prefer convert(String value) {
            return Prefer.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }

    static final class LogFormatConverter implements picocli.CommandLine.ITypeConverter<RunLog.Format> {
        @Override
        public RunLog.Format convert(String value) {
            return RunLog.Format.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }

    @Override
    public Integer call() {
        RunLog log = new RunLog(io.err(), quiet ? RunLog.Level.ERROR : verbose ? RunLog.Level.DEBUG : RunLog.Level.INFO,
                logFormat, Clock.systemUTC());
        try {
            return convert(log);
        } catch (ParameterException e) {
            throw e;
        } catch (OutputLock.HeldElsewhere e) {
            log.error("locked", "{}", fields("message", e.getMessage()));
            return LOCKED;
        } catch (IOException | java.io.UncheckedIOException e) {
            IOException cause = e instanceof java.io.UncheckedIOException u ? u.getCause() : (IOException) e;
            log.error("environment", "cannot use the output {}: {}", fields("output", output, "cause", Logs.describe(cause)));
            debugTrace(e);
            return USAGE_OR_ENVIRONMENT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.error("interrupted", "interrupted", fields());
            return USAGE_OR_ENVIRONMENT;
        } catch (RuntimeException | Error e) {
            log.error("internal-error", "internal error: {} (please report it; --debug shows where)", fields("error", e.toString()));
            debugTrace(e);
            return INTERNAL_ERROR;
        }
    }

    private void debugTrace(Throwable e) {
        if (debug) {
            e.printStackTrace(io.err());
        }
    }

    private int convert(RunLog log) throws IOException, InterruptedException {
        List<DocumentWriter> writers = writers();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw usage("--threads must be at least 1");
        }
        if (timeoutSeconds < 0) {
            throw usage("--timeout must not be negative (0: no limit)");
        }
        if (maxSizeMb < 1) {
            throw usage("--max-size must be at least 1");
        }
        if (quiet && verbose) {
            throw usage("-q and -v say opposite things: give one");
        }
        ReadOptions reading = new ReadOptions(Optional.ofNullable(encoding));
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        Optional<DocumentWriter> single = singleOutput(writers);
        if (stdout || single.isPresent()) {
            DocumentWriter writer = stdout ? writers.get(0) : single.get();
            return new SingleConversion(new Converter(Pipeline.standard(), List.of(writer), reading), io, log,
                    maxSizeMb * 1024 * 1024, timeout, failOnWarnings).run(inputs.get(0), stdout ? null : output, writer);
        }
        Converter converter = new Converter(Pipeline.standard(), writers, reading);
        if (output == null) {
            throw usage("give an output directory with -o (or --stdout for one document)");
        }
        if (inputs.contains(Path.of("-"))) {
            throw usage("- (stdin) is one document: write it with --stdout or -o FILE and one format");
        }
        for (Path input : inputs) {
            if (Files.isDirectory(input) && input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
                // every file would be both input and output: nothing could be converted twice the same way
                throw usage("the output directory is the input directory " + input + ": choose another with -o");
            }
            if (!Files.exists(input)) {
                throw usage("no such input: " + input);
            }
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw usage("the output " + output + " is a file, not a directory (a single output file takes one input and one format)");
        }
        // (a different template, or the same one changed, redoes every file)
        String optionsKey = "formats=" + writers.stream().map(DocumentWriter::name).toList()
                + ";encoding=" + (encoding == null ? "detect" : encoding.name())
                + (referenceSha == null ? "" : ";reference=" + referenceSha);
        BatchRunner runner = new BatchRunner(converter,
                new BatchRunner.Options(n, force, maxSizeMb * 1024 * 1024, optionsKey, VERSION, timeout));
        Instant started = Instant.now();
        Map<String, Object> options = options(writers, n);
        log.info("start", "{} converting {} into {} ({})",
                fields("version", VERSION, "inputs", inputs.stream().map(Path::toString).toList(), "output", output, "options", options));
        List<InputFile> files = InputFinder.find(inputs, output, followLinks,
                new InputFinder.Selection(strict, prefer == Prefer.PDF));
        List<Outcome> outcomes;
        try (OutputLock lock = OutputLock.acquire(output); Manifest manifest = Manifest.open(output);
             Progress progress = Progress.start(files.size(), io.terminal() && !quiet && logFormat == RunLog.Format.TEXT, io.err())) {
            AtomicFiles.sweep(output);
            outcomes = runner.run(files, output, manifest, o -> {
                progress.step();
                log(log, o, progress.interactive());
            });
            Pruner.Pruned pruned = prune ? Pruner.prune(output, manifest, outcomes) : new Pruner.Pruned(List.of(), List.of());
            pruned.removed().forEach(p -> log.debug("pruned", "pruned {}", fields("output", p)));
            pruned.keptChanged().forEach(p -> log.warn("not-pruned", "not pruned, changed since it was written: {}", fields("output", p)));
            Map<Outcome.Status, Long> count = new java.util.EnumMap<>(Outcome.Status.class);
            outcomes.forEach(o -> count.merge(o.status(), 1L, Long::sum));
            long warned = outcomes.stream().filter(Outcome::converted).mapToLong(o -> o.warnings().size()).sum();
            long millis = Duration.between(started, Instant.now()).toMillis();
            // (the summary comes before the report is written: a report that cannot be written is the environment's failure)
            log.info("end", "{} files: {} converted, {} unchanged, {} ignored, {} failed, {} warnings, {} pruned in {} ms; report: {}",
                    fields("files", outcomes.size(), "converted", count.getOrDefault(Outcome.Status.CONVERTED, 0L),
                            "unchanged", count.getOrDefault(Outcome.Status.SKIPPED, 0L),
                            "ignored", count.getOrDefault(Outcome.Status.IGNORED, 0L),
                            "failed", count.getOrDefault(Outcome.Status.FAILED, 0L), "warnings", warned,
                            "pruned", pruned.removed().size(), "millis", millis, "report", output.resolve(RunReport.JSON_FILE)));
            if (writers.stream().anyMatch(w -> w.name().equals("html"))) {
                // publishers get a page that lists the batch, and the same as data
                BatchIndex.write(output, manifest, outcomes);
            }
            RunReport.write(output, new RunReport.Run(VERSION, started, millis, options), outcomes, pruned.removed(), reportCsv);
            long environmental = outcomes.stream().filter(Outcome::environmental).count();
            if (environmental > 0) {
                log.error("environment", "{} file(s) could not be written: {}", fields("files", environmental, "cause",
                        outcomes.stream().filter(Outcome::environmental).findFirst().map(Outcome::reason).orElseThrow()));
                return USAGE_OR_ENVIRONMENT;
            }
            if (count.getOrDefault(Outcome.Status.FAILED, 0L) > 0) {
                return FILES_FAILED;
            }
            if (failOnWarnings && warned > 0) {
                log.error("warnings", "{} warnings and --fail-on-warnings", fields("warnings", warned));
                return FILES_FAILED;
            }
            return 0;
        }
    }

    /** The options of this run as the report and the start line give them. */
    private Map<String, Object> options(List<DocumentWriter> writers, int n) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("formats", writers.stream().map(DocumentWriter::name).toList());
        o.put("threads", n);
        o.put("encoding", encoding == null ? "detect" : encoding.name());
        o.put("force", force);
        o.put("maxSizeMb", maxSizeMb);
        o.put("timeoutSeconds", timeoutSeconds);
        o.put("prune", prune);
        o.put("strict", strict);
        o.put("prefer", prefer.name().toLowerCase(java.util.Locale.ROOT));
        o.put("followLinks", followLinks);
        o.put("failOnWarnings", failOnWarnings);
        if (referenceDocx != null) {
            o.put("referenceDocx", referenceDocx.toString());
        }
        return o;
    }

    /**
     * The one format to write for one input into one file, or empty for a batch: {@code -o out.md} (or
     * {@code .docx}, {@code .akn.xml}, {@code .xml}) with one input that is a file or stdin.
     */
    private Optional<DocumentWriter> singleOutput(List<DocumentWriter> writers) {
        if (stdout) {
            if (output != null) {
                throw usage("--stdout and -o: give one");
            }
            if (inputs.size() != 1 || Files.isDirectory(inputs.get(0))) {
                throw usage("--stdout writes one document: give one input file (or - for stdin)");
            }
            if (writers.size() != 1) {
                throw usage("--stdout writes one format: choose it with --formats (md, docx or akn)");
            }
            return Optional.empty();
        }
        if (output == null || Files.isDirectory(output) || inputs.size() != 1 || Files.isDirectory(inputs.get(0))) {
            return Optional.empty();
        }
        String name = output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        Optional<DocumentWriter> byEnding = Writers.all().values().stream()
                .filter(w -> name.endsWith(w.extension()) || w.name().equals("akn") && name.endsWith(".xml"))
                .findFirst();
        if (byEnding.isPresent() && formats != null && !(writers.size() == 1 && writers.get(0).name().equals(byEnding.get().name()))) {
            throw usage("the output " + output + " is a " + byEnding.get().name() + " file but --formats asks for " + formats);
        }
        // (the writer as this run configured it, a DOCX writer with its --reference-docx, where there is one)
        return byEnding.map(w -> writers.stream().filter(c -> c.name().equals(w.name())).findFirst().orElse(w));
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private List<DocumentWriter> writers() {
        List<DocumentWriter> named;
        if (formats == null) {
            named = new ArrayList<>(Writers.defaults().values());
        } else {
            try {
                named = new ArrayList<>(Writers.named(formats));
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
        }
        if (referenceDocx != null) {
            org.rapporteur.format.docx.ReferenceDocx reference;
            try {
                byte[] template = Files.readAllBytes(referenceDocx);
                reference = org.rapporteur.format.docx.ReferenceDocx.of(template);
                referenceSha = org.rapporteur.pipeline.batch.Fingerprint.of(template);
            } catch (IOException e) {
                throw usage("--reference-docx " + referenceDocx + ": " + Logs.describe(e));
            }
            named.replaceAll(w -> w.name().equals("docx") ? new org.rapporteur.format.docx.DocxWriter(reference) : w);
        }
        return named;
    }

    /** One line a file: failures always; the others unless a progress bar shows them (-v adds the time). */
    private static void log(RunLog log, Outcome o, boolean bar) {
        Path path = o.input().path();
        switch (o.status()) {
            case FAILED -> log.error("failed", "FAILED {}: {}", fields("input", path, "reason", o.reason()));
            case IGNORED -> {
                if (!bar) {
                    log.info("ignored", "ignored {}: {}", fields("input", path, "reason", o.reason()));
                }
            }
            default -> {
                if (!bar) {
                    String event = o.status() == Outcome.Status.SKIPPED ? "unchanged" : "converted";
                    if (log.enabled(RunLog.Level.DEBUG)) {
                        log.debug(event, event + " {} ({} warnings, {} ms)",
                                fields("input", path, "warnings", o.warnings().size(), "millis", o.millis()));
                    } else {
                        log.info(event, event + " {} ({} warnings)", fields("input", path, "warnings", o.warnings().size()));
                    }
                    o.warnings().forEach(w -> log.warn("warning", "  {}: {}: {}",
                            fields("input", path, "kind", w.kind().name(), "message", w.message())));
                }
            }
        }
    }
}
