package org.rapporteur.pipeline.languages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.format.ReadOptions;
import org.rapporteur.format.html.HtmlWriter;
import org.rapporteur.model.Document;
import org.rapporteur.pipeline.Converter;
import org.rapporteur.pipeline.Golden;
import org.rapporteur.pipeline.Pipeline;
import org.rapporteur.pipeline.html.NuChecker;
import org.rapporteur.pipeline.html.PandocStandaloneTest;

/**
 * The UN's reference resolutions in all six languages (from {@code ../shared/reference/akn4un}, as text):
 * each HTML page is valid by the W3C Nu checker and {@code pandoc -s} of the Markdown shows the title once
 * and every paragraph.
 */
class ReferenceHtmlTest {
    @TempDir
    Path tmp;

    @Test
    void everyReferenceResolutionsPageIsValidAndPandocShowsItsTitleOnce() throws Exception {
        Path shared = Golden.sharedOrSkip("reference resolutions");
        Map<String, JsonNode> golds = GoldSet.make(tmp.resolve("gold"), shared);
        Converter converter = new Converter(Pipeline.standard(), List.of(), ReadOptions.DEFAULTS);
        int pages = 0;
        for (var e : golds.entrySet()) {
            Document d = converter.read(GoldLayout.asText(e.getValue()).getBytes(StandardCharsets.UTF_8), e.getKey() + ".txt");
            ByteArrayOutputStream html = new ByteArrayOutputStream();
            new HtmlWriter().write(d, html);
            assertThat(NuChecker.errors(html.toByteArray())).as(e.getKey()).isEmpty();
            PandocStandaloneTest.assertTitleOnceAndEveryParagraph(d);
            pages++;
        }
        assertThat(pages).isGreaterThanOrEqualTo(20);
    }
}
