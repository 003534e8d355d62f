package org.rapporteur.pipeline.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** What goes into a log line: one line, whatever a file name or message holds. */
final class Logs {
    private Logs() {
    }

    /**
     * {@code value} as text with line breaks, escape sequences and other control characters written as
     * escapes ({@code \n}, {@code \x1b}): a file named to hold a newline or a terminal escape can neither
     * forge a log line nor repaint the terminal.
     */
    static String safe(Object value) {
        String s = String.valueOf(value);
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format("\\x%02x", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }

    /** An I/O failure in words: "permission denied: /out", "No space left on device: /out/report.json". */
    static String describe(java.io.IOException e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or directory: " + n.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + ": " + f.getFile();
        }
        return String.valueOf(e.getMessage());
    }
}
