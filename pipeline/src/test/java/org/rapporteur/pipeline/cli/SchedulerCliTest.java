package org.rapporteur.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.pipeline.Golden;

/** The command line as a nightly job and a shell user meet it: exit codes, skipping, logs, stdin and stdout. */
class SchedulerCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(byte[] stdin, String... args) {
        return Main.run(new ConvertCommand.Io(new ByteArrayInputStream(stdin), out,
                new PrintStream(err, true, StandardCharsets.UTF_8), false), args);
    }

    private int run(String... args) {
        return run(new byte[0], args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path seeds() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(Golden.SEEDS.resolve("000_2f97a463d2083d74.txt"), in.resolve("a.txt"));
        return in;
    }

    @Test
    void filesTheToolDoesNotReadAreIgnoredNotFailedUnlessStrict() throws IOException {
        Path in = seeds();
        Files.writeString(in.resolve("README.md"), "# about these files");
        Files.write(in.resolve("Thumbs.db"), new byte[] {1, 2, 3});
        Path o = tmp.resolve("out");
        assertThat(run("convert", in.toString(), "-o", o.toString(), "--formats", "md")).isZero();
        JsonNode report = JSON.readTree(o.resolve("report.json").toFile());
        assertThat(report.get("ignored").asInt()).isEqualTo(2);
        assertThat(report.get("failed").asInt()).isZero();
        assertThat(err()).contains("ignored " + in.resolve("README.md") + ": not a file this tool reads (.txt, .pdf)");

        assertThat(run("convert", in.toString(), "-o", o.toString(), "--formats", "md", "--strict")).isEqualTo(1);
        assertThat(JSON.readTree(o.resolve("report.json").toFile()).get("failed").asInt()).isEqualTo(2);
    }

    @Test
    void ofAPdfAndItsTextThePreferredOneIsConvertedAndTheOtherIgnored() throws Exception {
        Path in = seeds();
        Files.createDirectories(tmp.resolve("made"));
        Files.copy(org.rapporteur.pipeline.pdf.PdfFixtureFiles.all(tmp.resolve("made")).get(0), in.resolve("a.pdf"));
        Path o = tmp.resolve("out");
        assertThat(run("convert", in.toString(), "-o", o.toString(), "--formats", "md")).isZero();
        JsonNode entries = JSON.readTree(o.resolve("report.json").toFile()).get("entries");
        assertThat(entries).extracting(e -> Path.of(e.get("input").asText()).getFileName() + "=" + e.get("status").asText())
                .containsExactlyInAnyOrder("a.pdf=converted", "a.txt=ignored");
        assertThat(err()).contains("a.pdf is converted instead (--prefer text converts this one)");

        assertThat(run("convert", in.toString(), "-o", o.toString(), "--formats", "md", "--prefer", "text")).isZero();
        entries = JSON.readTree(o.resolve("report.json").toFile()).get("entries");
        assertThat(entries).extracting(e -> Path.of(e.get("input").asText()).getFileName() + "=" + e.get("status").asText())
                .containsExactlyInAnyOrder("a.pdf=ignored", "a.txt=converted");
    }

    @Test
    void usageAndEnvironmentErrorsAreOneLineWithExitTwo() throws IOException {
        Path in = seeds();
        assertThat(run("convert", tmp.resolve("missing").toString(), "-o", tmp.resolve("o").toString())).isEqualTo(2);
        assertThat(err()).contains("no such input").doesNotContain("\tat ");
        err.reset();
        Path file = Files.writeString(tmp.resolve("file"), "");
        assertThat(run("convert", in.toString(), "-o", file.resolve("sub").toString())).isEqualTo(2);
        assertThat(err().strip().lines()).last().asString().contains("cannot use the output").contains("Not a directory");
        assertThat(err()).doesNotContain("\tat ");
        err.reset();
        assertThat(run("convert", in.toString(), "-o", file.resolve("sub").toString(), "--debug")).isEqualTo(2);
        assertThat(err()).as("--debug shows where").contains("\tat ");
    }

    @Test
    void theLogHasAStartAndAnEndLineWithTimesAndJsonOnRequest() throws IOException {
        Path in = seeds();
        Path o = tmp.resolve("out");
        assertThat(run("convert", in.toString(), "-o", o.toString(), "--formats", "md")).isZero();
        List<String> lines = err().lines().toList();
        assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ INFO rapporteur .* converting \\[.*\\] into .*");
        assertThat(lines.get(lines.size() - 1)).matches(".* INFO 1 files: 1 converted, 0 unchanged, 0 ignored, 0 failed, 0 warnings, 0 pruned in \\d+ ms; report: .*");

        err.reset();
        assertThat(run("convert", in.toString(), "-o", o.toString(), "--formats", "md", "--log-format", "json", "--force")).isZero();
        List<JsonNode> json = err().lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + l, e);
            }
        }).toList();
        assertThat(json).extracting(j -> j.get("event").asText()).containsExactly("start", "converted", "end");
        assertThat(json.get(1).get("input").asText()).isEqualTo(in.resolve("a.txt").toString());
        assertThat(json.get(2).get("converted").asInt()).isEqualTo(1);

        err.reset();
        assertThat(run("convert", in.toString(), "-o", o.toString(), "--formats", "md", "-q", "--force")).isZero();
        assertThat(err()).isEmpty();
        assertThat(run("convert", in.toString(), "-o", o.toString(), "--formats", "md", "-v", "--force")).isZero();
        assertThat(err()).containsPattern("converted .*a\\.txt \\(0 warnings, \\d+ ms\\)");
    }

    @Test
    void theReportSaysWhenWhatVersionAndOptions() throws IOException {
        Path in = seeds();
        Path o = tmp.resolve("out");
        assertThat(run("convert", in.toString(), "-o", o.toString(), "--formats", "md,akn", "--threads", "1")).isZero();
        JsonNode report = JSON.readTree(o.resolve("report.json").toFile());
        assertThat(report.get("tool").asText()).startsWith("rapporteur ");
        assertThat(report.get("started").asText()).matches("\\d{4}-.*Z");
        assertThat(report.get("millis").asLong()).isNotNegative();
        assertThat(report.get("options").get("formats").toString()).isEqualTo("[\"md\",\"akn\"]");
        assertThat(report.get("options").get("threads").asInt()).isEqualTo(1);
    }

    @Test
    void warningsFailTheRunOnlyWhenAsked() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("minutes.txt"), "Minutes of the meeting\n\nThe chair opened the meeting.\n");
        Path o = tmp.resolve("out");
        assertThat(run("convert", in.toString(), "-o", o.toString(), "--formats", "md")).isZero();
        assertThat(run("convert", in.toString(), "-o", o.toString(), "--formats", "md", "--fail-on-warnings")).isEqualTo(1);
        assertThat(err()).contains("--fail-on-warnings");
    }

    @Test
    void stdinToStdoutAndOneFileToOneNamedFile() throws IOException {
        byte[] seed = Files.readAllBytes(Golden.SEEDS.resolve("000_2f97a463d2083d74.txt"));
        Path in = seeds();
        Path o = tmp.resolve("batch");
        assertThat(run("convert", in.toString(), "-o", o.toString(), "--formats", "md")).isZero();
        String expected = Files.readString(o.resolve("a.md"));

        assertThat(run(seed, "convert", "-", "--stdout", "--formats", "md")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);

        Path single = tmp.resolve("res/out.md");
        assertThat(run("convert", in.resolve("a.txt").toString(), "-o", single.toString())).isZero();
        assertThat(single).isRegularFile().hasContent(expected);
        assertThat(tmp.resolve("res/report.json")).doesNotExist();

        Path akn = tmp.resolve("one.akn.xml");
        assertThat(run(seed, "convert", "-", "-o", akn.toString())).isZero();
        assertThat(Files.readString(akn)).startsWith("<?xml").contains("<akomaNtoso");

        assertThat(run("convert", in.toString(), "--stdout", "--formats", "md")).as("a directory to stdout").isEqualTo(2);
        assertThat(run("convert", in.resolve("a.txt").toString(), "--stdout")).as("three formats to stdout").isEqualTo(2);
        assertThat(run("convert", in.resolve("a.txt").toString(), "-o", tmp.resolve("x.md").toString(), "--formats", "docx"))
                .as("the file's ending and --formats disagree").isEqualTo(2);
    }

    @Test
    void aSingleDocxOutputTakesTheHouseTemplateToo() throws Exception {
        Path template = tmp.resolve("house.docx");
        try (var t = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = Files.newOutputStream(template)) {
            t.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun().setText("HOUSE HEADER");
            t.write(out);
        }
        Path in = seeds();
        Path docx = tmp.resolve("one.docx");
        assertThat(run("convert", in.resolve("a.txt").toString(), "-o", docx.toString(), "--reference-docx", template.toString()))
                .isZero();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
            assertThat(doc.getHeaderList()).extracting(h -> h.getText().strip()).containsExactly("HOUSE HEADER");
        }
    }
}
