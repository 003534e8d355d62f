package org.rapporteur.pipeline.batch;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.rapporteur.model.Warning;

/**
 * What became of one input file: converted (its outputs with their checksums, its warnings), skipped as
 * unchanged since an earlier run, or failed with a reason.
 */
public record Outcome(InputFile input, Status status, String reason, List<Warning> warnings,
                      Map<String, String> outputs, long millis) {
    /** SKIPPED: unchanged since an earlier run; IGNORED: met in a directory, not converted (see {@link InputFile}). */
    public enum Status { CONVERTED, SKIPPED, FAILED, IGNORED }

    public Outcome {
        Objects.requireNonNull(input, "input must not be null");
        Objects.requireNonNull(status, "status must not be null");
        warnings = List.copyOf(warnings);
        outputs = new TreeMap<>(outputs);
    }

    /**
     * How the reason of a file that failed because of the output's file system begins (full, read-only,
     * over quota): no fault of the file's, and the whole run's concern (exit code 2).
     */
    public static final String OUTPUT_FILE_SYSTEM = "the output file system: ";

    /** Whether this file failed because the output's file system could not take it. */
    public boolean environmental() {
        return status == Status.FAILED && reason.startsWith(OUTPUT_FILE_SYSTEM);
    }

    /** The reason given for a file a defect of ours failed: the error, and its cause where it has one. */
    public static String internalError(Throwable e) {
        return "internal error: " + e + (e.getCause() != null ? " (" + e.getCause() + ")" : "");
    }

    public static Outcome ignored(InputFile input) {
        return new Outcome(input, Status.IGNORED, input.problem(), List.of(), Map.of(), 0);
    }

    public static Outcome failed(InputFile input, String reason, long millis) {
        return new Outcome(input, Status.FAILED, reason, List.of(), Map.of(), millis);
    }

    /** Converted now or before: its outputs are there. */
    public boolean converted() {
        return status == Status.CONVERTED || status == Status.SKIPPED;
    }
}
