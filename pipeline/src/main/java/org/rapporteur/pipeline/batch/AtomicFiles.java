package org.rapporteur.pipeline.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that readers see either the old file or the whole new one, never a part; a file's several
 * outputs all or none. Temporary files are created as plain files are, so outputs get the mode the user's
 * umask gives (not the 0600 of {@link Files#createTempFile}). Nothing is written through a symbolic link
 * below the output directory: a link planted there could send outputs anywhere.
 */
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

    /** Writes one file below {@code root}, atomically. */
    public static void write(Path root, Path target, byte[] data) throws IOException {
        writeAll(root, Map.of(target, data));
    }

    /** Writes one file whose directory the caller trusts (the output directory's own files: the report). */
    public static void write(Path target, byte[] data) throws IOException {
        writeAll(target.toAbsolutePath().getParent(), Map.of(target, data));
    }

    /**
     * Writes every file of {@code files} below {@code root}, all or none: each goes to a temporary file
     * beside it first, and only when all are written do they replace their targets. A failure while
     * writing (a full disk) leaves the targets as they were; one while replacing removes those already
     * replaced, so a half set never stays.
     */
    public static void writeAll(Path root, Map<Path, byte[]> files) throws IOException {
        Map<Path, Path> temporary = new LinkedHashMap<>();
        try {
            for (var e : files.entrySet()) {
                Path dir = directory(root, e.getKey());
                Path tmp = dir.resolve("." + e.getKey().getFileName() + "." + Long.toUnsignedString(
                        ThreadLocalRandom.current().nextLong(), 36) + ".part");
                temporary.put(e.getKey(), tmp);
                try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    out.write(e.getValue());
                }
            }
            List<Path> replaced = new ArrayList<>();
            try {
                for (var e : temporary.entrySet()) {
                    move(e.getValue(), e.getKey());
                    replaced.add(e.getKey());
                }
            } catch (IOException e) {
                for (Path p : replaced) {
                    Files.deleteIfExists(p);
                }
                throw e;
            }
        } finally {
            for (Path tmp : temporary.values()) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** The target's directory, made where missing; an IOException if a link stands anywhere below root on the way. */
    private static Path directory(Path root, Path target) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Path dir = target.toAbsolutePath().normalize().getParent();
        if (!dir.startsWith(base)) {
            throw new IOException(target + " is outside " + base);
        }
        Path p = base;
        for (Path part : base.relativize(dir)) {
            p = p.resolve(part);
            if (Files.isSymbolicLink(p)) {
                throw new IOException(p + " is a symbolic link: outputs are never written through links");
            }
            if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.createDirectory(p);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        throw e; // (another thread may have made it meanwhile: that is fine)
                    }
                }
            }
        }
        // (a link at the target itself is harmless: a rename replaces the link, never what it points to)
        return dir;
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
