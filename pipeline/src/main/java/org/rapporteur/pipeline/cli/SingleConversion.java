package org.rapporteur.pipeline.cli;

import static org.rapporteur.pipeline.cli.RunLog.fields;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.rapporteur.format.DocumentWriter;
import org.rapporteur.model.ConversionException;
import org.rapporteur.model.Warning;
import org.rapporteur.pipeline.Converter;
import org.rapporteur.pipeline.batch.AtomicFiles;
import org.rapporteur.pipeline.batch.TimeLimit;

/**
 * One document in one format, Unix style: from a file or stdin ({@code -}), to a file ({@code -o out.md})
 * or stdout ({@code --stdout}). No manifest and no report: the exit code and stderr say how it went.
 */
final class SingleConversion {
    private final Converter converter;
    private final ConvertCommand.Io io;
    private final RunLog log;
    private final long maxBytes;
    private final Duration timeout;
    private final boolean failOnWarnings;

    SingleConversion(Converter converter, ConvertCommand.Io io, RunLog log, long maxBytes, Duration timeout,
                     boolean failOnWarnings) {
        this.converter = converter;
        this.io = io;
        this.log = log;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.failOnWarnings = failOnWarnings;
    }

    /** Converts {@code input} ("-": stdin) into {@code out} (null: stdout) with {@code writer}; the exit code. */
    int run(Path input, Path out, DocumentWriter writer) throws IOException, InterruptedException {
        boolean stdin = input.toString().equals("-");
        byte[] content;
        String name;
        if (stdin) {
            content = io.in().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            // (no name to go by: a PDF says so in its first bytes)
            name = startsWith(content, "%PDF-") ? "stdin.pdf" : "stdin.txt";
        } else {
            if (!Files.isRegularFile(input)) {
                log.error("failed", "FAILED {}: {}", fields("input", input, "reason", Files.exists(input) ? "not a regular file" : "no such file"));
                return ConvertCommand.FILES_FAILED;
            }
            if (Files.size(input) > maxBytes) {
                log.error("failed", "FAILED {}: {}", fields("input", input, "reason", "larger than --max-size"));
                return ConvertCommand.FILES_FAILED;
            }
            content = Files.readAllBytes(input);
            name = input.getFileName().toString();
        }
        if (content.length > maxBytes) {
            log.error("failed", "FAILED {}: {}", fields("input", input, "reason", "larger than --max-size"));
            return ConvertCommand.FILES_FAILED;
        }
        Converter.Result result;
        try (TimeLimit limit = new TimeLimit(timeout)) {
            result = limit.call(() -> converter.convert(content, name));
        } catch (ConversionException e) {
            log.error("failed", "FAILED {}: {}", fields("input", input, "reason", e.getMessage()));
            return ConvertCommand.FILES_FAILED;
        } catch (IOException | InterruptedException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        byte[] bytes = result.outputs().get(writer.extension());
        if (out == null) {
            io.out().write(bytes);
            io.out().flush();
        } else {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            AtomicFiles.write(out, bytes);
        }
        List<Warning> warnings = result.document().warnings();
        for (Warning w : warnings) {
            log.warn("warning", "  {}: {}: {}", fields("input", input, "kind", w.kind().name(), "message", w.message()));
        }
        log.info("converted", "converted {} ({} warnings) to {}", fields("input", input, "warnings", warnings.size(),
                "output", out == null ? "stdout" : out.toString()));
        return failOnWarnings && !warnings.isEmpty() ? ConvertCommand.FILES_FAILED : 0;
    }

    private static boolean startsWith(byte[] content, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        return content.length >= p.length && Arrays.equals(content, 0, p.length, p, 0, p.length);
    }
}
