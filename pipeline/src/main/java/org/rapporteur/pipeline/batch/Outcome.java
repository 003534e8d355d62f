package org.rapporteur.pipeline.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.rapporteur.model.Warning;

/** What became of one input file: its outputs and warnings, or the reason it failed. */
public record Outcome(InputFile input, boolean converted, String reason, List<Warning> warnings, List<Path> outputs) {
    public Outcome {
        Objects.requireNonNull(input, "input must not be null");
        warnings = List.copyOf(warnings);
        outputs = List.copyOf(outputs);
    }

    public static Outcome failed(InputFile input, String reason) {
        return new Outcome(input, false, reason, List.of(), List.of());
    }
}
