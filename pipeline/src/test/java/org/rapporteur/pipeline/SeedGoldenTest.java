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

/**
 * Every seed resolution and text fixture through the whole pipeline, against its reviewed Markdown, Akoma
 * Ntoso and DOCX (each part of the package as text, in the package's order: a changed byte shows as a line).
 */
class SeedGoldenTest {
    /** The seed resolutions and the fixtures written for the tests. */
    static Stream<Path> seeds() throws IOException {
        try (Stream<Path> s = Files.list(Golden.SEEDS); Stream<Path> f = Files.list(Golden.FIXTURES)) {
            return Stream.concat(s.sorted(), f.filter(p -> p.toString().endsWith(".txt")).sorted()).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void outputsMatchTheReviewedGoldens(Path seed) throws IOException, ConversionException {
        Converter converter = new Converter(Pipeline.standard(), List.of(), new ReadOptions(Optional.empty()));
        var doc = converter.read(seed);
        String stem = seed.getFileName().toString().replace(".txt", "");
        Golden.check(stem + ".md", new MarkdownWriter().render(doc));
        var akn = new java.io.ByteArrayOutputStream();
        new org.rapporteur.format.akn.AknWriter().write(doc, akn);
        Golden.check(stem + ".akn.xml", akn.toString(java.nio.charset.StandardCharsets.UTF_8));
        var docx = new java.io.ByteArrayOutputStream();
        new org.rapporteur.format.docx.DocxWriter().write(doc, docx);
        Golden.check(stem + ".docx.txt", parts(docx.toByteArray()));
    }

    /** A DOCX's parts in the package's order, each under its name; the zip's own bytes are DeterministicZip's. */
    static String parts(byte[] docx) throws IOException {
        StringBuilder out = new StringBuilder();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                out.append("=== ").append(e.getName()).append(" ===\n")
                        .append(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
            }
        }
        return out.toString();
    }
}
