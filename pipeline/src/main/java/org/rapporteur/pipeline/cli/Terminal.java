package org.rapporteur.pipeline.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a person is watching stderr. */
final class Terminal {
    private Terminal() {
    }

    /**
     * Whether stderr is a terminal. {@code System.console()} asks about stdin and stdout: {@code 2>run.log}
     * from a terminal would still draw a progress bar into the log. On Linux the answer is what file
     * descriptor 2 points to; elsewhere, the console's.
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // fall back on the console below
        }
        return System.console() != null;
    }
}
