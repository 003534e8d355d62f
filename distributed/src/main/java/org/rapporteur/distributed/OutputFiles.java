package org.rapporteur.distributed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * Writes whole files on any Beam file system: bytes go to a hidden temporary file beside the target,
 * which is then renamed over it, so a reader never sees half a file. A retried bundle writes the same
 * bytes to the same name again, which is harmless.
 */
final class OutputFiles {
    private OutputFiles() {
    }

    static void write(String target, byte[] data) throws IOException {
        ResourceId to = FileSystems.matchNewResource(target, false);
        ResourceId tmp = to.getCurrentDirectory().resolve("." + to.getFilename() + "." + UUID.randomUUID() + ".part",
                StandardResolveOptions.RESOLVE_FILE);
        try {
            try (WritableByteChannel ch = FileSystems.create(tmp, MimeTypes.BINARY)) {
                ByteBuffer buf = ByteBuffer.wrap(data);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            }
            FileSystems.rename(List.of(tmp), List.of(to));
        } catch (IOException | RuntimeException e) {
            // Only on failure: a delete that ignores missing files lists the directory to find out.
            FileSystems.delete(List.of(tmp), StandardMoveOptions.IGNORE_MISSING_FILES);
            throw e;
        }
    }
}
