package org.rapporteur.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rapporteur.model.ConversionException;
import org.rapporteur.model.Document;

/**
 * Turns one input into a document of {@link org.rapporteur.model.Line}s. Implementations are thread-safe.
 * Readers work on the file's bytes so that every caller (local batch, a cluster job reading from
 * object storage) reads a file once and converts exactly the same bytes.
 */
public interface DocumentReader {
    /** Reads {@code content}, named {@code name}; unreadable content is a {@link ConversionException} with the reason. */
    Document read(byte[] content, String name, ReadOptions options) throws ConversionException;

    /** Reads {@code file}. */
    default Document read(Path file, ReadOptions options) throws ConversionException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConversionException("cannot read the file: " + e.getMessage(), e);
        }
        return read(bytes, file.getFileName().toString(), options);
    }
}
