package org.rapporteur.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.pipeline.cli.Main;

/** The bench command's corpus converts cleanly and its report has every figure the README quotes. */
class BenchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void theWrittenCorpusIsHalfTextHalfPdfAndItsPdfsReadAsTheirText() throws IOException {
        Path corpus = tmp.resolve("corpus");
        assertThat(BenchCommand.run("--write-corpus", corpus.toString(), "--docs", "8")).isZero();
        try (Stream<Path> files = Files.list(corpus)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .hasSize(8).filteredOn(n -> n.endsWith(".pdf")).hasSize(4);
        }
        assertThat(Main.run("convert", corpus.toString(), "-o", tmp.resolve("out").toString())).isZero();
        assertThat(Files.readString(tmp.resolve("out/report.json"))).contains("\"failed\" : 0", "\"warnings\" : 0");
        // The PDFs are laid out from the same text (marks raised, notes at the page foot, footers): the
        // benchmark times real work only if they convert to the same document.
        assertThat(tmp.resolve("out/p0003_en.md")).hasSameTextualContentAs(tmp.resolve("out/t0001_en.md"));
        assertThat(noSpaces(tmp.resolve("out/p0002_zh.md"))).isEqualTo(noSpaces(tmp.resolve("out/t0000_zh.md")));
    }

    /**
     * Chinese without the spaces around digits: where the PDF wraps a line at "2020 年 | 4 月" the space
     * is not on the page, and Chinese lines join without one.
     */
    private static String noSpaces(Path p) throws IOException {
        return Files.readString(p).replace(" ", "");
    }

    @Test
    void theReportGivesRatesRatioAndPeakHeap() {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(BenchCommand.run("--docs", "4", "--rounds", "1", "--warmup", "0")).isZero();
        } finally {
            System.setOut(stdout);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .containsPattern("text -> md\\+docx\\+akn, 1 thread: +[0-9.]+ documents/s")
                .containsPattern("PDF  -> md\\+docx\\+akn, 1 thread: +[0-9.]+ documents/s, +[0-9.]+ pages/s")
                .containsPattern("raw PDFTextStripper, 1 thread: +[0-9.]+ pages/s; conversion runs at [0-9]+% of it")
                .containsPattern("docx alone, 1 thread: +[0-9.]+ text documents/s, +[0-9.]+ PDF pages/s \\([0-9]+% of raw\\)")
                .containsPattern("read \\+ stages, no writer, 1 thread: +[0-9.]+ text documents/s")
                .containsPattern("peak heap: [0-9.]+ MB");
    }
}
