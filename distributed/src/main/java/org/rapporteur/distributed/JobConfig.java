package org.rapporteur.distributed;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rapporteur.format.ReadOptions;
import org.rapporteur.format.Writers;
import org.rapporteur.pipeline.Converter;
import org.rapporteur.pipeline.Pipeline;
import org.rapporteur.pipeline.Version;
import org.rapporteur.pipeline.batch.BatchRunner;

/**
 * What every worker needs to convert a file, checked once when the job is built: a bad format name or
 * encoding fails the submission, not each file on the cluster.
 */
public record JobConfig(String inputRoot, String output, List<String> formats, String encoding, long maxBytes)
        implements Serializable {
    private static final String WILDCARDS = "*?[{";

    public JobConfig {
        formats = List.copyOf(formats);
        Writers.named(formats);
        if (encoding != null) {
            Charset.forName(encoding);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxSizeMb must be at least 1");
        }
        inputRoot = directory(inputRoot);
        output = directory(output);
    }

    public static JobConfig of(ConvertOptions o) {
        String root = o.getInputRoot() != null ? o.getInputRoot() : rootOf(o.getInput());
        return new JobConfig(root, o.getOutput(), Arrays.asList(o.getFormats().split(",")), o.getEncoding(),
                o.getMaxSizeMb() * 1024 * 1024);
    }

    /** The directory part of {@code pattern} before its first wildcard: {@code in/**} and {@code in/a.txt} give {@code in/}. */
    static String rootOf(String pattern) {
        int wild = pattern.length();
        for (char c : WILDCARDS.toCharArray()) {
            int i = pattern.indexOf(c);
            wild = i >= 0 ? Math.min(wild, i) : wild;
        }
        int slash = pattern.lastIndexOf('/', wild - 1);
        return slash < 0 ? "." : pattern.substring(0, slash + 1);
    }

    /** A directory spec ending in '/'; local paths made absolute, as Beam's local file system names matched files. */
    private static String directory(String spec) {
        String s = spec.contains("://") ? spec : Path.of(spec).toAbsolutePath().normalize().toString();
        return s.endsWith("/") ? s : s + "/";
    }

    public Converter converter() {
        return new Converter(Pipeline.standard(), Writers.named(formats),
                new ReadOptions(Optional.ofNullable(encoding).map(Charset::forName)));
    }

    /** The local batch's options with the same limit: the same refusals, in the same words. */
    public BatchRunner.Options batchOptions() {
        return new BatchRunner.Options(1, true, maxBytes, "formats=" + formats, Version.TOOL);
    }

    /** Whether {@code file} lies in the output directory: an earlier run's output, never an input. */
    public boolean isOutput(String file) {
        return file.startsWith(output);
    }

    /** Where {@code file} sits below the input root ('/'-separated), or null when it does not. */
    public String relative(String file) {
        return file.startsWith(inputRoot) ? file.substring(inputRoot.length()) : null;
    }
}
