package org.rapporteur.pipeline.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.pipeline.Golden;
import org.rapporteur.pipeline.cli.Main;
import org.rapporteur.pipeline.pdf.PdfFixtureFiles;

/**
 * A few hundred bad files among good ones: the batch finishes, every bad file has an error entry with a
 * reason, every good file converts, no partial output is left and nothing is written outside OUTDIR.
 */
class BadInputBatchTest {
    @TempDir
    Path tmp;

    @Test
    void badFilesNeverStopTheBatch() throws Exception {
        Path in = tmp.resolve("in");
        Path out = tmp.resolve("work/out");
        Files.createDirectories(in.resolve("nested"));
        Files.createDirectories(out.getParent());
        Random random = new Random(42);
        Map<String, String> expectedFailure = new HashMap<>();
        // files of a type no reader takes, met in a directory, are counted as ignored: no failure
        java.util.List<String> expectedIgnored = new java.util.ArrayList<>();
        int good = 0;
        try (Stream<Path> seeds = Files.list(Golden.SEEDS)) {
            for (Path seed : seeds.sorted().toList()) {
                for (int copy = 0; copy < 8; copy++) {
                    Files.copy(seed, in.resolve("good_" + copy + "_" + seed.getFileName()));
                    good++;
                }
            }
        }
        byte[] pdf = null;
        if (PdfFixtureFiles.fontsPresent()) {
            Path made = PdfFixtureFiles.all(tmp.resolve("made").toFile().mkdirs() ? tmp.resolve("made") : tmp.resolve("made")).get(1);
            pdf = Files.readAllBytes(made);
            for (int i = 0; i < 10; i++) {
                Files.write(in.resolve("good_" + i + ".pdf"), pdf);
                good++;
            }
        }
        for (int i = 0; i < 60; i++) {
            Files.write(in.resolve("empty_" + i + (i % 2 == 0 ? ".txt" : ".pdf")), new byte[0]);
            expectedFailure.put("empty_" + i, "empty file");
            byte[] noise = new byte[512 + random.nextInt(4096)];
            random.nextBytes(noise);
            Files.write(in.resolve("nested/noise_" + i + (i % 2 == 0 ? ".txt" : ".pdf")), noise);
            expectedFailure.put("noise_" + i, "");
            Files.writeString(in.resolve("unknown_" + i + ".odt"), "x", StandardCharsets.UTF_8);
            expectedIgnored.add("unknown_" + i);
            if (pdf != null) {
                Files.write(in.resolve("truncated_" + i + ".pdf"), Arrays.copyOf(pdf, 100 + random.nextInt(pdf.length / 2)));
                expectedFailure.put("truncated_" + i, "");
            }
        }
        if (pdf != null) {
            for (int i = 0; i < 5; i++) {
                try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                    doc.protect(new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "secret",
                            new org.apache.pdfbox.pdmodel.encryption.AccessPermission()));
                    doc.save(in.resolve("locked_" + i + ".pdf").toFile());
                }
                expectedFailure.put("locked_" + i, "password");
            }
        }
        for (int i = 0; i < 5; i++) {
            try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
                var page = new org.apache.pdfbox.pdmodel.PDPage();
                doc.addPage(page);
                try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                    cs.drawImage(org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc,
                            new java.awt.image.BufferedImage(30, 30, java.awt.image.BufferedImage.TYPE_INT_RGB)), 40, 40);
                }
                doc.save(in.resolve("scan_" + i + ".pdf").toFile());
            }
            expectedFailure.put("scan_" + i, "OCR is not supported");
        }
        try (RandomAccessFile huge = new RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(200L * 1024 * 1024); // sparse: 200 MB on paper, nothing on disk
        }
        expectedFailure.put("huge", "too large for a resolution");
        Files.writeString(in.resolve("minutes.txt"), "Minutes of the meeting\n\nThe chair opened the meeting.\n");
        Files.createSymbolicLink(in.resolve("nested/loop"), in);
        Files.createSymbolicLink(in.resolve("escape.txt"), Path.of("/etc/hostname"));
        expectedFailure.put("escape", "outside the input");

        int code = Main.run("convert", in.toString(), "-o", out.toString(), "--threads", "2", "--report-csv");

        assertThat(code).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        Map<String, JsonNode> byStem = new HashMap<>();
        report.path("entries").forEach(e -> byStem.put(stem(e.path("input").asText()), e));
        for (var e : expectedFailure.entrySet()) {
            JsonNode entry = byStem.get(e.getKey());
            assertThat(entry).as(e.getKey()).isNotNull();
            assertThat(entry.path("status").asText()).as(e.getKey()).isEqualTo("failed");
            assertThat(entry.path("reason").asText()).as(e.getKey()).isNotBlank().contains(e.getValue());
            assertThat(entry.path("outputs")).as(e.getKey()).isEmpty();
        }
        for (String stem : expectedIgnored) {
            assertThat(byStem.get(stem).path("status").asText()).as(stem).isEqualTo("ignored");
            assertThat(byStem.get(stem).path("reason").asText()).as(stem).isEqualTo("not a file this tool reads (.txt, .pdf)");
        }
        assertThat(report.path("ignored").asLong()).isEqualTo(expectedIgnored.size());
        long converted = byStem.entrySet().stream().filter(x -> x.getKey().startsWith("good_"))
                .filter(x -> x.getValue().path("status").asText().equals("converted")).count();
        assertThat(converted).isEqualTo(good);
        // Text that is no resolution converts as far as it goes, and says why the structure is missing.
        assertThat(byStem.get("minutes").path("warnings").toString()).contains("NO_TITLE", "NO_OPERATIVE");
        // Every output the report names exists with its checksum; nothing else and no temporary file is there.
        try (Stream<Path> files = Files.walk(out)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = out.relativize(p).toString();
                assertThat(name).doesNotEndWith(".part");
                if (!name.startsWith(".") && !name.startsWith("report.")) {
                    String sha = findOutput(report, name);
                    assertThat(sha).as(name).isEqualTo(Fingerprint.of(p));
                }
            }
        }
        try (Stream<Path> around = Files.list(out.getParent())) {
            assertThat(around.map(p -> p.getFileName().toString())).containsExactly("out");
        }
        assertThat(Files.readString(out.resolve("report.csv"))).startsWith("input,status,reason,warnings,millis\n");
    }

    private static String findOutput(JsonNode report, String name) {
        for (JsonNode e : report.path("entries")) {
            if (e.path("outputs").has(name)) {
                return e.path("outputs").path(name).asText();
            }
        }
        return null;
    }

    private static String stem(String path) {
        String name = Path.of(path).getFileName().toString();
        return name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
    }
}
