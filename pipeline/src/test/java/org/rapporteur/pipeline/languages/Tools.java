package org.rapporteur.pipeline.languages;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** The outside programs the layout tests need (LibreOffice, poppler, groff), asked whether they run here. */
final class Tools {
    private Tools() {
    }

    /** Whether {@code command} (a version query) starts and exits 0 within a minute. */
    static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
