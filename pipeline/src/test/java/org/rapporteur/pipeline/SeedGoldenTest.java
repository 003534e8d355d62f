package org.rapporteur.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.format.ReadOptions;
import org.rapporteur.format.markdown.MarkdownWriter;
import org.rapporteur.model.ConversionException;

/** Every seed resolution through the whole pipeline, against its reviewed Markdown. */
class SeedGoldenTest {
    static Stream<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(Golden.SEEDS)) {
            return s.sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void markdownMatchesTheReviewedGolden(Path seed) throws IOException, ConversionException {
        Converter converter = new Converter(Pipeline.standard(), List.of(), new ReadOptions(Optional.empty()));
        String md = new MarkdownWriter().render(converter.read(seed));
        Golden.check(seed.getFileName().toString().replace(".txt", ".md"), md);
    }
}
