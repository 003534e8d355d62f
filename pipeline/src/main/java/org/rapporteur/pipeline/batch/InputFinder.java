package org.rapporteur.pipeline.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs into files: a directory is walked recursively (links not followed,
 * so a link loop cannot trap the walk; hidden files skipped; the output directory, where it lies inside,
 * left out, so a second run does not read the first one's outputs), a file is itself.
 */
public final class InputFinder {
    private InputFinder() {
    }

    /** The files, sorted within each input; inputs that do not exist are returned as they are. */
    public static List<InputFile> find(List<Path> inputs) throws IOException {
        return find(inputs, null);
    }

    /** As {@link #find(List)}, leaving out everything below {@code outDir} (null: nothing). */
    public static List<InputFile> find(List<Path> inputs, Path outDir) throws IOException {
        Path out = outDir == null ? null : outDir.toAbsolutePath().normalize();
        List<InputFile> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> out == null || !p.toAbsolutePath().normalize().startsWith(out))
                            .filter(p -> !InputFile.hidden(input.relativize(p).toString().replace('\\', '/')))
                            .sorted()
                            .forEach(p -> files.add(new InputFile(p, input.relativize(p))));
                }
            } else {
                files.add(new InputFile(input, input.getFileName()));
            }
        }
        return files;
    }
}
