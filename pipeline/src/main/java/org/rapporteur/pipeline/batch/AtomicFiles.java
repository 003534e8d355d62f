package org.rapporteur.pipeline.batch;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file so that readers see either the old file or the whole new one, never a part. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Removes temporary files a killed run left below {@code dir}; call it only while holding the output lock. */
    public static void sweep(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith(".")
                    && f.getFileName().toString().endsWith(".part")).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    public static void write(Path target, byte[] data) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // The temporary file sits in the target's directory: a rename within one file system is atomic.
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        try {
            Files.write(tmp, data);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
