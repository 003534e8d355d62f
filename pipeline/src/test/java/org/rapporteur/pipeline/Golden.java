package org.rapporteur.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}: compared, or rewritten with
 * {@code -Dgolden.update=true} (review the diff before committing).
 */
public final class Golden {
    public static final Path SEEDS = Path.of("src/test/resources/seeds");
    public static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    public static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static void check(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("golden file %s (run with -Dgolden.update=true to create it)", file).exists();
        assertThat(actual).as("output against %s", file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The shared corpus next to the project; the calling test is skipped, saying {@code what}, without it. */
    public static Path sharedOrSkip(String what) {
        Path shared = shared();
        org.junit.jupiter.api.Assumptions.assumeTrue(shared != null, "../shared is absent: " + what + " skipped");
        return shared;
    }

    /** The shared corpus next to the project, or null when this checkout has none. */
    public static Path shared() {
        String property = System.getProperty("shared.dir");
        if (property != null && Files.isDirectory(Path.of(property, "corpus"))) {
            return Path.of(property);
        }
        // shared/ sits beside the checkout: look upwards from the module directory.
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/corpus"))) {
                return dir.resolve("shared");
            }
        }
        return null;
    }
}
