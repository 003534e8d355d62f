package org.rapporteur.pipeline.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.format.ReadOptions;
import org.rapporteur.format.html.HtmlWriter;
import org.rapporteur.model.Document;
import org.rapporteur.pipeline.Converter;
import org.rapporteur.pipeline.Pipeline;
import org.rapporteur.pipeline.Golden;

/** Every seed's HTML page is valid HTML by the W3C Nu checker, and holds what a reader needs. */
public class HtmlOutputTest {
    /** The seeds and the text fixtures (a recorded vote, a wrap-up). */
    public static Stream<Path> seeds() throws java.io.IOException {
        try (Stream<Path> s = java.nio.file.Files.list(Golden.SEEDS); Stream<Path> f = java.nio.file.Files.list(Golden.FIXTURES)) {
            return Stream.concat(s.sorted(), f.filter(p -> p.toString().endsWith(".txt")).sorted()).toList().stream();
        }
    }

    static byte[] html(Document d) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlWriter().write(d, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void eachSeedsPageIsValidHtml(Path seed) throws Exception {
        Document d = new Converter(Pipeline.standard(), List.of(), ReadOptions.DEFAULTS).read(seed);
        byte[] page = html(d);
        assertThat(NuChecker.errors(page)).as(new String(page, StandardCharsets.UTF_8)).isEmpty();
        String s = new String(page, StandardCharsets.UTF_8);
        assertThat(s).startsWith("<!DOCTYPE html>").contains("<html lang=\"" + d.metadata().language().orElseThrow().code() + "\"")
                .doesNotContain("<script").doesNotContain("src=").doesNotContain("http://").doesNotContain("https://");
    }

    @org.junit.jupiter.api.Test
    void emphasisBoldItalicAndARaisedEndingAreValidMarkup() throws Exception {
        var sup = org.rapporteur.model.Emphasis.Style.SUPERSCRIPT;
        Document d = Document.of(org.rapporteur.model.Metadata.EMPTY.withLanguage(org.rapporteur.model.Language.FRENCH)
                .with(org.rapporteur.model.Field.NUMBER, "78/10"), List.of(new org.rapporteur.model.Preambular(List.of(
                new org.rapporteur.model.Emphasis(org.rapporteur.model.Emphasis.Style.BOLD,
                        List.of(org.rapporteur.model.Emphasis.of(org.rapporteur.model.Emphasis.Style.ITALIC, "Rappelant"))),
                new org.rapporteur.model.Text(" sa résolution du 1"), org.rapporteur.model.Emphasis.of(sup, "er"),
                new org.rapporteur.model.Text(" décembre,")))));
        byte[] page = html(d);
        assertThat(NuChecker.errors(page)).isEmpty();
        assertThat(new String(page, StandardCharsets.UTF_8)).contains("<strong><em>Rappelant</em></strong> sa résolution du 1<sup>er</sup> décembre,");
    }

    @org.junit.jupiter.api.Test
    void theCheckerFindsWhatIsWrong() throws Exception {
        // (a check that cannot fail checks nothing: no title, an id twice, a list item outside a list)
        byte[] bad = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"></head><body><p id=\"a\">x</p><p id=\"a\">y</p><li>z</li></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(NuChecker.errors(bad)).hasSizeGreaterThanOrEqualTo(3);
    }
}
