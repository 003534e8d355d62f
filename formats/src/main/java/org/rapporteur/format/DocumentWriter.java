package org.rapporteur.format;

import java.io.IOException;
import java.io.OutputStream;
import org.rapporteur.model.Document;

/** Writes a structured document in one format. Implementations are stateless and thread-safe. */
public interface DocumentWriter {
    /** The format's name on the command line: {@code md}, {@code docx}, {@code akn}. */
    String name();

    /** The output file's ending, with its dot: {@code .md}, {@code .akn.xml}. */
    String extension();

    void write(Document document, OutputStream out) throws IOException;
}
