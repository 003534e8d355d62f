package org.rapporteur.pipeline.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rapporteur.format.DocumentWriter;
import org.rapporteur.format.ReadOptions;
import org.rapporteur.format.Writers;
import org.rapporteur.pipeline.Converter;
import org.rapporteur.pipeline.Pipeline;
import org.rapporteur.pipeline.batch.AtomicFiles;
import org.rapporteur.pipeline.batch.BatchRunner;
import org.rapporteur.pipeline.batch.InputFile;
import org.rapporteur.pipeline.batch.InputFinder;
import org.rapporteur.pipeline.batch.Manifest;
import org.rapporteur.pipeline.batch.Outcome;
import org.rapporteur.pipeline.batch.OutputLock;
import org.rapporteur.pipeline.batch.Pruner;
import org.rapporteur.pipeline.batch.RunReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convert INPUT... -o OUTDIR}: the batch conversion. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Converts files and directories (walked recursively); the output tree mirrors the input tree.")
public final class ConvertCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ConvertCommand.class);
    static final String VERSION = org.rapporteur.pipeline.Version.TOOL;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Input files (.txt, .pdf) or directories.")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTDIR", description = "Output directory.")
    private Path output;

    @Option(names = "--formats", split = ",", paramLabel = "FORMAT",
            description = "Formats to write: md, docx, akn (default: all).")
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

    @Option(names = "--debug", description = "Show the stack trace of an error that stops the run.")
    private boolean debug;

    /** Exit codes, as documented in the README: 0 everything converted, 1 some files failed. */
    static final int FILES_FAILED = 1;
    /** The command line, or the environment (an output that cannot be written, a full disk): one line says which. */
    static final int USAGE_OR_ENVIRONMENT = 2;
    /** Another run holds the output directory. */
    static final int LOCKED = 3;
    /** A defect of ours stopped the run. */
    static final int INTERNAL_ERROR = 4;

    @Override
    public Integer call() {
        try {
            return convert();
        } catch (ParameterException e) {
            throw e;
        } catch (OutputLock.HeldElsewhere e) {
            LOG.error(Logs.safe(e.getMessage()));
            return LOCKED;
        } catch (IOException | java.io.UncheckedIOException e) {
            IOException io = e instanceof java.io.UncheckedIOException u ? u.getCause() : (IOException) e;
            LOG.error("cannot use the output directory {}: {}", Logs.safe(output), Logs.safe(Logs.describe(io)));
            debugTrace(e);
            return USAGE_OR_ENVIRONMENT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.error("interrupted");
            return USAGE_OR_ENVIRONMENT;
        } catch (RuntimeException | Error e) {
            LOG.error("internal error: {} (please report it; --debug shows where)", Logs.safe(e));
            debugTrace(e);
            return INTERNAL_ERROR;
        }
    }

    private void debugTrace(Throwable e) {
        if (debug) {
            LOG.error("stack trace", e);
        }
    }

    private int convert() throws IOException, InterruptedException {
        List<DocumentWriter> writers = writers();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (timeoutSeconds < 0) {
            throw new ParameterException(spec.commandLine(), "--timeout must not be negative (0: no limit)");
        }
        if (maxSizeMb < 1) {
            throw new ParameterException(spec.commandLine(), "--max-size must be at least 1");
        }
        Converter converter = new Converter(Pipeline.standard(), writers, new ReadOptions(Optional.ofNullable(encoding)));
        String optionsKey = "formats=" + writers.stream().map(DocumentWriter::name).toList()
                + ";encoding=" + (encoding == null ? "detect" : encoding.name());
        BatchRunner runner = new BatchRunner(converter,
                new BatchRunner.Options(n, force, maxSizeMb * 1024 * 1024, optionsKey, VERSION,
                        java.time.Duration.ofSeconds(timeoutSeconds)));
        for (Path input : inputs) {
            if (Files.isDirectory(input) && input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
                // every file would be both input and output: nothing could be converted twice the same way
                throw new ParameterException(spec.commandLine(),
                        "the output directory is the input directory " + input + ": choose another with -o");
            }
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new ParameterException(spec.commandLine(), "the output " + output + " is a file, not a directory");
        }
        List<InputFile> files = InputFinder.find(inputs, output, followLinks);
        List<Outcome> outcomes;
        try (OutputLock lock = OutputLock.acquire(output); Manifest manifest = Manifest.open(output);
             Progress progress = Progress.start(files.size())) {
            AtomicFiles.sweep(output);
            outcomes = runner.run(files, output, manifest, o -> {
                progress.step();
                log(o, progress.interactive());
            });
            Pruner.Pruned pruned = prune ? Pruner.prune(output, manifest, outcomes) : new Pruner.Pruned(List.of(), List.of());
            pruned.removed().forEach(p -> LOG.info("pruned {}", Logs.safe(p)));
            pruned.keptChanged().forEach(p -> LOG.warn("not pruned, changed since it was written: {}", Logs.safe(p)));
            long failed = outcomes.stream().filter(o -> o.status() == Outcome.Status.FAILED).count();
            long skipped = outcomes.stream().filter(o -> o.status() == Outcome.Status.SKIPPED).count();
            long warned = outcomes.stream().mapToLong(o -> o.warnings().size()).sum();
            LOG.info("{} files: {} converted, {} unchanged, {} failed, {} warnings; report: {}", outcomes.size(),
                    outcomes.size() - failed - skipped, skipped, failed, warned,
                    Logs.safe(output.resolve(RunReport.JSON_FILE)));
            // (the outputs are written by now: a report that cannot be written is the environment's failure)
            RunReport.write(output, VERSION, outcomes, pruned.removed(), reportCsv);
            long environmental = outcomes.stream().filter(Outcome::environmental).count();
            if (environmental > 0) {
                LOG.error("{} file(s) could not be written: {}", environmental, outcomes.stream()
                        .filter(Outcome::environmental).findFirst().map(Outcome::reason).orElseThrow());
                return USAGE_OR_ENVIRONMENT;
            }
            return failed == 0 ? 0 : FILES_FAILED;
        }
    }

    private List<DocumentWriter> writers() {
        if (formats == null) {
            return new ArrayList<>(Writers.all().values());
        }
        try {
            return Writers.named(formats);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Failures always; with a progress bar on a terminal, nothing else (the report has it all). */
    private static void log(Outcome o, boolean quiet) {
        String path = Logs.safe(o.input().path());
        if (o.status() == Outcome.Status.FAILED) {
            LOG.error("FAILED {}: {}", path, Logs.safe(o.reason()));
        } else if (!quiet) {
            LOG.info("{} {} ({} warnings)", o.status() == Outcome.Status.SKIPPED ? "unchanged" : "converted",
                    path, o.warnings().size());
            o.warnings().forEach(w -> LOG.warn("  {}: {}", path, Logs.safe(w)));
        }
    }
}
