package org.rapporteur.pipeline.languages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.pipeline.Golden;
import org.rapporteur.pipeline.cli.Main;

/**
 * The UN's own resolutions in the six languages (../shared/reference/akn4un), turned into gold with
 * ../shared/tools/unxml_gold.py, laid out as extracted text in both styles and as PDF by {@link GoldPdf}
 * (Arabic right to left, in true visual order), converted, and scored with score.py.
 * {@link GoldVariants} adds the Human Rights Council resolution with notes and the Chinese Council seeds.
 * Every paragraph, anchor and note must come out right in every format (score.py gives a resolution
 * without footnotes n1.00 when the output invents none).
 * Skipped with a message where ../shared or python3 is absent.
 */
class SixLanguagesTest {
    @TempDir
    Path tmp;

    @Test
    void everyReferenceResolutionConvertsFromTextAndFromPdf() throws Exception {
        Path shared = Golden.sharedOrSkip("six-language scoring");
        Path gold = tmp.resolve("gold");
        Map<String, JsonNode> golds = GoldSet.make(gold, shared);
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Map<String, String> cases = new LinkedHashMap<>();
        for (var e : golds.entrySet()) {
            String id = e.getKey();
            JsonNode node = e.getValue();
            Files.writeString(in.resolve(id + ".txt"), GoldLayout.asText(node), StandardCharsets.UTF_8);
            Files.writeString(in.resolve(id + "_pages.txt"), GoldLayout.asBrokenPages(node), StandardCharsets.UTF_8);
            Files.writeString(in.resolve(id + "_spaced.txt"), GoldLayout.asSpacedText(node, false), StandardCharsets.UTF_8);
            Files.writeString(in.resolve(id + "_spacedcut.txt"), GoldLayout.asSpacedText(node, true), StandardCharsets.UTF_8);
            for (String layout : List.of("", "_pages", "_spaced", "_spacedcut")) {
                cases.put(id + layout, id);
            }
            if (GoldPdf.supports(node) && fonts()) {
                GoldPdf.write(node, in.resolve(id + "_pdf.pdf"));
                cases.put(id + "_pdf", id);
                if (node.path("lang").asText().equals("ar")) {
                    // raised marks in brackets, "أنغويلا(2)", notes opening "(2) " at the right edge
                    GoldPdf.writeBracketedMarks(node, in.resolve(id + "_brackets.pdf"));
                    cases.put(id + "_brackets", id);
                } else if (!node.path("lang").asText().matches("zh|ja")) {
                    // words as positioned glyphs with no space glyph, lines justified: as TeX writes them
                    GoldPdf.writeWithoutSpaceGlyphs(node, in.resolve(id + "_nospace.pdf"));
                    cases.put(id + "_nospace", id);
                }
            }
        }
        assertThat(golds.keySet()).as("gold resolutions").hasSizeGreaterThanOrEqualTo(20);
        Path out = tmp.resolve("out");
        assertThat(Main.run("convert", in.toString(), "-o", out.toString())).isZero();
        try (Stream<Path> akn = Files.list(out)) {
            for (Path f : akn.filter(p -> p.toString().endsWith(".akn.xml")).toList()) {
                assertThat(org.rapporteur.pipeline.AknSchemaTest.validateFile(f)).as(f.toString()).isTrue();
            }
        }
        if (fonts()) {
            // the masthead's Latin date, set right to left on an Arabic page, reads in order
            assertThat(out.resolve("unxml_A_RES_78_10_2323443A_pdf.md")).content().contains("issued: \"27 November 2023\"");
        }
        if (System.getProperty("six.keep") != null) {
            // -Dsix.keep=DIR keeps the golds, inputs and outputs to look at
            org.apache.commons.io.FileUtils.copyDirectory(tmp.toFile(), new java.io.File(System.getProperty("six.keep")));
        }
        assertThat(GoldSet.warnings(out)).as("warnings").isEmpty();
        assertVotes(golds, cases, out);
        GoldSet.Scores scores = GoldSet.score(shared, gold, out, cases, tmp);
        String score = scores.printed();
        System.out.println(score);
        JsonNode rows = scores.rows();
        // and one more PDF of each gold but the Chinese and Japanese: bracketed marks (Arabic) or no space glyphs
        long cjk = golds.values().stream().filter(g -> g.path("lang").asText().matches("zh|ja")).count();
        assertThat(rows.size()).isEqualTo(golds.size() * (fonts() ? 5 : 4) + (fonts() ? golds.size() - cjk : 0));
        rows.fields().forEachRemaining(row -> GoldSet.assertPerfect(row.getKey(), row.getValue(), score));
    }

    static boolean fonts() {
        return Files.isReadable(GoldPdf.CJK) && Files.isReadable(GoldPdf.SERIF) && Files.isReadable(GoldPdf.ARABIC);
    }

    /**
     * score.py reads no vote: each recorded vote must come out whole in the Markdown, its summary without
     * the record's opening bracket, each label followed by its members; an adoption note closes the Akoma
     * Ntoso conclusions.
     */
    private static void assertVotes(Map<String, JsonNode> golds, Map<String, String> cases, Path out) throws Exception {
        int checked = 0;
        for (var c : cases.entrySet()) {
            JsonNode g = golds.get(c.getValue());
            JsonNode vote = g.path("vote");
            if (g.hasNonNull("adoption_note")) {
                // the adoption note closes the conclusions, after the meeting and date; one saying the text was
                // adopted without a vote is that vote's outcome
                assertThat(out.resolve(c.getKey() + ".akn.xml")).content().as(c.getKey())
                        .containsPattern("</docDate></event></p>\\s*<p>(<vote [^>]*><outcome refersTo=\"#adoptedWithoutVote\">)?"
                                + java.util.regex.Pattern.quote(g.path("adoption_note").asText()) + "(</outcome></vote>)?</p>\\s*</conclusions>");
            }
            if (!vote.isObject()) {
                continue;
            }
            String md = Files.readString(out.resolve(c.getKey() + ".md"));
            assertThat(md).as(c.getKey()).contains("\n" + vote.path("summary").asText().substring(1) + "\n");
            List<String> labels = GoldLayout.voteLabels(g.path("lang").asText());
            List<String> sides = List.of("yes", "no", "abstain");
            for (int k = 0; k < 3; k++) {
                StringBuilder group = new StringBuilder("\n" + labels.get(k) + "\n\n");
                vote.path(sides.get(k)).forEach(m -> group.append("- ").append(m.asText()).append('\n'));
                assertThat(md).as(c.getKey()).contains(group);
            }
            checked++;
        }
        assertThat(checked).as("vote variants checked").isGreaterThanOrEqualTo(6 * 4);
    }
}
