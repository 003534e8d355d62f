package org.rapporteur.pipeline.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs into files: a directory is walked recursively (links not followed,
 * so a link loop cannot trap the walk; hidden files skipped), a file is itself.
 */
public final class InputFinder {
    private InputFinder() {
    }

    /** The files, sorted within each input; inputs that do not exist are returned as they are. */
    public static List<InputFile> find(List<Path> inputs) throws IOException {
        List<InputFile> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
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
