package org.rapporteur.pipeline.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run at a time per output directory. The lock is the operating system's, on
 * {@code .rapporteur.lock}: it goes with the process, so a killed run leaves no stale lock behind.
 */
public final class OutputLock implements AutoCloseable {
    public static final String FILE = ".rapporteur.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Another run holds the output directory. */
    public static final class HeldElsewhere extends IllegalStateException {
        HeldElsewhere(String message) {
            super(message);
        }
    }

    /** The lock, or {@link HeldElsewhere} saying another run holds it. */
    public static OutputLock acquire(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path file = outDir.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new HeldElsewhere("another rapporteur run is writing to " + outDir
                    + " (it holds " + file + "); wait for it to finish");
        }
        return new OutputLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
