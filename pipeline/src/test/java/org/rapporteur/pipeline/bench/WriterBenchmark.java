package org.rapporteur.pipeline.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.rapporteur.format.ReadOptions;
import org.rapporteur.format.akn.AknWriter;
import org.rapporteur.format.docx.DocxWriter;
import org.rapporteur.format.markdown.MarkdownWriter;
import org.rapporteur.format.pdf.PdfReader;
import org.rapporteur.model.Document;
import org.rapporteur.pipeline.Converter;
import org.rapporteur.pipeline.Pipeline;

/** Each writer on a converted seed, and the PDF reader on a shared corpus PDF. Run with {@code -Pjmh}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WriterBenchmark {
    @Param({"000_2f97a463d2083d74", "004_c0bf6ce2d5e43bc9"})
    public String seed;

    private Document doc;
    private Path pdf;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        doc = new Converter(Pipeline.standard(), List.of(), ReadOptions.DEFAULTS)
                .read(Path.of("src/test/resources/seeds", seed + ".txt"));
        pdf = Path.of("../../shared/corpus/pdf/000_2f97a463d2083d74_v0.pdf");
    }

    @Benchmark
    public byte[] html() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new org.rapporteur.format.html.HtmlWriter().write(doc, out);
        return out.toByteArray();
    }

    @Benchmark
    public byte[] markdown() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownWriter().write(doc, out);
        return out.toByteArray();
    }

    @Benchmark
    public byte[] docx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter().write(doc, out);
        return out.toByteArray();
    }

    @Benchmark
    public byte[] akn() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AknWriter().write(doc, out);
        return out.toByteArray();
    }

    /** Reading the shared two-page PDF into lines (needs ../shared). */
    @Benchmark
    public Document pdfRead() throws Exception {
        return new PdfReader().read(pdf, ReadOptions.DEFAULTS);
    }
}
