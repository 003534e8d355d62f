package org.rapporteur.format;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.rapporteur.format.pdf.PdfReader;
import org.rapporteur.format.text.TextReader;

/** The reader for a file, chosen by its ending. */
public final class Readers {
    private static final TextReader TEXT = new TextReader();
    private static final PdfReader PDF = new PdfReader();

    private Readers() {
    }

    public static Optional<DocumentReader> forFile(Path file) {
        return forName(file.getFileName().toString());
    }

    /** The reader for a file named {@code fileName} (the last path segment). */
    public static Optional<DocumentReader> forName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".pdf")) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }
}
