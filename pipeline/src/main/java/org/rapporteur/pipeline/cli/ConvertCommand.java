package org.rapporteur.pipeline.cli;

import java.nio.charset.Charset;
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
import org.rapporteur.pipeline.batch.BatchRunner;
import org.rapporteur.pipeline.batch.InputFile;
import org.rapporteur.pipeline.batch.InputFinder;
import org.rapporteur.pipeline.batch.Outcome;
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

    @Override
    public Integer call() throws Exception {
        List<DocumentWriter> writers = writers();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        Converter converter = new Converter(Pipeline.standard(), writers, new ReadOptions(Optional.ofNullable(encoding)));
        List<InputFile> files = InputFinder.find(inputs);
        List<Outcome> outcomes = new BatchRunner(converter, n).run(files, output, ConvertCommand::log);
        long failed = outcomes.stream().filter(o -> !o.converted()).count();
        long warned = outcomes.stream().mapToLong(o -> o.warnings().size()).sum();
        LOG.info("{} of {} files converted, {} failed, {} warnings", outcomes.size() - failed, outcomes.size(),
                failed, warned);
        return failed == 0 ? 0 : 1;
    }

    private List<DocumentWriter> writers() {
        if (formats == null) {
            return new ArrayList<>(Writers.all().values());
        }
        List<DocumentWriter> out = new ArrayList<>();
        for (String f : formats) {
            String name = f.strip();
            out.add(Writers.byName(name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "format '" + name + "' is not available in this build (available: "
                            + String.join(", ", Writers.all().keySet()) + ")")));
        }
        return out;
    }

    private static void log(Outcome o) {
        if (!o.converted()) {
            LOG.error("FAILED {}: {}", o.input().path(), o.reason());
            return;
        }
        LOG.info("converted {} ({} warnings)", o.input().path(), o.warnings().size());
        o.warnings().forEach(w -> LOG.warn("  {}: {}", o.input().path(), w));
    }
}
