package org.rapporteur.pipeline.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.format.ReadOptions;
import org.rapporteur.format.markdown.MarkdownWriter;
import org.rapporteur.model.Document;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Operative;
import org.rapporteur.model.Preambular;
import org.rapporteur.pipeline.Converter;
import org.rapporteur.pipeline.Pipeline;

/**
 * {@code pandoc -s x.md}, as a publisher runs it: the page shows the title once (from the front matter; the
 * Markdown body does not repeat it) and every paragraph (no front-matter key replaces the page's body).
 */
public class PandocStandaloneTest {
    private static final Pattern TITLE = Pattern.compile("<h1 class=\"title\">(.*?)</h1>", Pattern.DOTALL);

    static Stream<Path> seeds() throws IOException {
        return HtmlOutputTest.seeds();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theTitleOnceAndEveryParagraph(Path seed) throws Exception {
        assertTitleOnceAndEveryParagraph(new Converter(Pipeline.standard(), List.of(), ReadOptions.DEFAULTS).read(seed));
    }

    /** {@code pandoc -s} of {@code d}'s Markdown: one title block, the title once, every paragraph's text. */
    public static void assertTitleOnceAndEveryParagraph(Document d) throws Exception {
        String md = new MarkdownWriter().render(d);
        String html = standalone(md);
        Matcher title = TITLE.matcher(html);
        assertThat(title.find()).as("a title").isTrue();
        assertThat(title.find()).as("only one").isFalse();
        String body = text(html.substring(html.indexOf("<body>")));
        String printed = d.metadata().printedTitle().orElseThrow();
        if (!printed.matches(".*[<>*_\\[\\]`\"].*")) {
            // (pandoc reads front-matter values as Markdown: a title with markup characters shows as pandoc reads it)
            assertThat(body.split(Pattern.quote(printed), -1)).as("the title once in " + body).hasSize(2);
        }
        for (var b : d.blocks()) {
            String t = b instanceof Preambular pre ? Inlines.plainText(pre.content())
                    : b instanceof Operative o ? Inlines.plainText(o.content()) : null;
            if (t != null) {
                // (pandoc's smart quotes and dashes aside)
                assertThat(smart(body)).contains(smart(t.strip().replaceAll("\\s+", " ")));
            }
        }
    }

    private static String text(String html) {
        return html.replaceAll("<sup>.*?</sup>", "").replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replaceAll("\\s+", " ");
    }

    private static String smart(String s) {
        return s.replaceAll("[“”]", "\"").replaceAll("[‘’]", "'").replace("—", "---").replace("–", "--").replace("…", "...");
    }

    /** {@code pandoc -s} of {@code md} as HTML, lines unwrapped; the test is skipped where pandoc is absent. */
    static String standalone(String md) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("pandoc", "-s", "-f", "markdown", "-t", "html", "--wrap=none").start();
        } catch (IOException e) {
            assumeTrue(false, "pandoc is absent (.ci/run installs it): test skipped");
            throw e;
        }
        p.getOutputStream().write(md.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String html = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.getErrorStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
        return html;
    }
}
