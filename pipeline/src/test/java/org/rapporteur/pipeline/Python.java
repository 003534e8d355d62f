package org.rapporteur.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the shared Python tools (score.py, unxml_gold.py); a test is skipped, with a message, without python3. */
public final class Python {
    private Python() {
    }

    /** Runs {@code python3 args…}, asserts it succeeded, and returns what it printed. */
    public static String run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3"));
        cmd.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 is absent: " + args[0] + " not run");
            throw e;
        }
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("python3 %s finished", args[0]).isTrue();
        assertThat(p.exitValue()).as(printed).isZero();
        return printed;
    }
}
