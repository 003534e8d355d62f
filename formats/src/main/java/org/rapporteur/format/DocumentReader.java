package org.rapporteur.format;

import java.nio.file.Path;
import org.rapporteur.model.ConversionException;
import org.rapporteur.model.Document;

/** Turns one input file into a document of {@link org.rapporteur.model.Line}s. Implementations are thread-safe. */
public interface DocumentReader {
    /** Reads {@code file}; a file that cannot be read is a {@link ConversionException} with the reason. */
    Document read(Path file, ReadOptions options) throws ConversionException;
}
