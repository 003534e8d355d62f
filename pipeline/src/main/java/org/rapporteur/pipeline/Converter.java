package org.rapporteur.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapporteur.format.DocumentReader;
import org.rapporteur.format.DocumentWriter;
import org.rapporteur.format.ReadOptions;
import org.rapporteur.format.Readers;
import org.rapporteur.model.Checkpoint;
import org.rapporteur.model.ConversionException;
import org.rapporteur.model.Document;

/**
 * One file in, every requested format out, all in memory: a document either converts completely or
 * fails with a reason, so nothing half-written ever reaches the disk.
 */
public final class Converter {
    private final Pipeline pipeline;
    private final List<DocumentWriter> writers;
    private final ReadOptions options;

    public Converter(Pipeline pipeline, List<DocumentWriter> writers, ReadOptions options) {
        this.pipeline = pipeline;
        this.writers = List.copyOf(writers);
        this.options = options;
    }

    /** The converted document and its rendering in each format, keyed by file ending. */
    public record Result(Document document, Map<String, byte[]> outputs) {
    }

    public Document read(Path file) throws ConversionException {
        return pipeline.apply(reader(file.getFileName().toString()).read(file, options));
    }

    /** Reads {@code content}, the bytes of a file named {@code name}, through the pipeline. */
    public Document read(byte[] content, String name) throws ConversionException {
        return pipeline.apply(reader(name).read(content, name, options));
    }

    public Result convert(Path file) throws ConversionException {
        return render(read(file));
    }

    /** Converts {@code content}, the bytes of a file named {@code name}: what every batch, local or distributed, calls. */
    public Result convert(byte[] content, String name) throws ConversionException {
        return render(read(content, name));
    }

    private static DocumentReader reader(String name) throws ConversionException {
        return Readers.forName(name)
                .orElseThrow(() -> new ConversionException("unsupported file type (expected .txt or .pdf)"));
    }

    private Result render(Document doc) throws ConversionException {
        Map<String, byte[]> outputs = new LinkedHashMap<>();
        for (DocumentWriter w : writers) {
            Checkpoint.check();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                w.write(doc, bytes);
            } catch (IOException | RuntimeException e) {
                throw new ConversionException("the " + w.name() + " writer failed: " + e, e);
            }
            outputs.put(w.extension(), bytes.toByteArray());
        }
        return new Result(doc, outputs);
    }
}
