package org.rapporteur.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.pipeline.Golden;

class ConvertCommandTest {
    @TempDir
    Path tmp;

    @Test
    void convertsADirectoryTreeIntoAMirroredOutputTree() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("ga/65"));
        Files.copy(Golden.SEEDS.resolve("000_2f97a463d2083d74.txt"), in.resolve("ga/65/218.txt"));
        Files.copy(Golden.SEEDS.resolve("002_080b69fca23ebe93.txt"), in.resolve("hrc.txt"));
        Path out = tmp.resolve("out");

        int code = Main.run("convert", in.toString(), "-o", out.toString(), "--formats", "md", "--threads", "2");

        assertThat(code).isZero();
        assertThat(out.resolve("ga/65/218.md")).exists();
        assertThat(Files.readString(out.resolve("hrc.md"))).contains("title: \"28/2. 增强人权领域的国际合作\"");
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("218.md", "hrc.md", "report.json", ".rapporteur-manifest.jsonl",
                            ".rapporteur.lock");
        }
    }

    /**
     * {@code convert in -o .}: the input lies inside the output directory and is read whole (it converted
     * nothing before); {@code convert in -o in} is a usage error, not a run that converts nothing.
     */
    @Test
    void anInputInsideTheOutputIsReadAndTheInputAsOutputIsAUsageError() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(Golden.SEEDS.resolve("000_2f97a463d2083d74.txt"), in.resolve("a.txt"));
        assertThat(Main.run("convert", in.toString(), "-o", tmp.toString(), "--formats", "md")).isZero();
        assertThat(tmp.resolve("a.md")).exists();
        assertThat(Main.run("convert", in.toString(), "-o", in.toString(), "--formats", "md")).isEqualTo(2);
        assertThat(in.resolve("a.md")).doesNotExist();
    }

    @Test
    void aFailingFileIsReportedAndTheBatchGoesOnWithExitCodeOne() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(Golden.SEEDS.resolve("001_aa87c640297f2ec5.txt"), in.resolve("good.txt"));
        Files.write(in.resolve("binary.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0});
        Files.writeString(in.resolve("notes.odt"), "not a resolution", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");

        int code = Main.run("convert", in.toString(), "-o", out.toString(), "--formats", "md");

        assertThat(code).isEqualTo(1);
        assertThat(out.resolve("good.md")).exists();
        assertThat(out.resolve("binary.md")).doesNotExist();
        assertThat(out.resolve("notes.md")).doesNotExist();
    }

    @Test
    void sameInputsGiveTheSameBytesWhateverTheThreadCount() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");
        assertThat(Main.run("convert", Golden.SEEDS.toString(), "-o", one.toString(), "--threads", "1")).isZero();
        assertThat(Main.run("convert", Golden.SEEDS.toString(), "-o", two.toString(), "--threads", "2")).isZero();
        try (Stream<Path> files = Files.list(one)) {
            // The report (with timings) and the bookkeeping files are about the run, not outputs.
            List<Path> outputs = files.filter(f -> !f.getFileName().toString().startsWith(".")
                    && !f.getFileName().toString().equals("report.json")).sorted().toList();
            assertThat(outputs).hasSize(15);
            for (Path f : outputs) {
                assertThat(Files.readAllBytes(two.resolve(f.getFileName()))).as(f.toString()).isEqualTo(Files.readAllBytes(f));
            }
        }
    }

    @Test
    void anOutputDirectoryInsideTheInputIsNeverReadAsInput() throws IOException {
        Path in = tmp.resolve("archive");
        Files.createDirectories(in);
        Files.copy(Path.of("src/test/resources/seeds/001_aa87c640297f2ec5.txt"), in.resolve("001.txt"));
        Path out = in.resolve("converted");
        assertThat(Main.run("convert", in.toString(), "-o", out.toString())).isZero();
        // the second run finds the first one's outputs under the input directory, and leaves them alone
        assertThat(Main.run("convert", in.toString(), "-o", out.toString())).isZero();
        assertThat(Files.readString(out.resolve("report.json"))).contains("\"files\" : 1", "\"skipped\" : 1");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(Main.run("convert", tmp.toString())).isEqualTo(2);
        assertThat(Main.run("convert", tmp.toString(), "-o", tmp.resolve("o").toString(), "--formats", "pdf"))
                .isEqualTo(2);
        assertThat(Main.run("convert", tmp.toString(), "-o", tmp.resolve("o").toString(), "--threads", "0"))
                .isEqualTo(2);
    }

    @Test
    void aForcedEncodingIsUsed() throws IOException {
        Path in = tmp.resolve("gb.txt");
        String seed = Files.readString(Golden.SEEDS.resolve("001_aa87c640297f2ec5.txt"));
        Files.write(in, seed.getBytes("GB18030"));
        Path out = tmp.resolve("out");
        assertThat(Main.run("convert", in.toString(), "-o", out.toString(), "--encoding", "GB18030")).isZero();
        assertThat(Files.readString(out.resolve("gb.md"))).contains("增进人权领域的国际合作");
    }
}
