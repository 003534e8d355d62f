package org.rapporteur.pipeline.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs into files: a directory is walked recursively (links not followed,
 * so a link loop cannot trap the walk; hidden files skipped; the output directory, where it lies inside
 * the input, left out, so a second run does not read the first one's outputs; an input inside the output
 * directory is read whole, its outputs landing beside it in the output tree), a file is itself.
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
                Path root = input.toAbsolutePath().normalize();
                // (only an output tree inside this input holds outputs among its files)
                Path skip = out != null && out.startsWith(root) ? out : null;
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> skip == null || !p.toAbsolutePath().normalize().startsWith(skip))
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
