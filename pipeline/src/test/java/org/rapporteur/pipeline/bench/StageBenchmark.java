package org.rapporteur.pipeline.bench;

import java.nio.file.Path;
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
import org.rapporteur.format.text.TextReader;
import org.rapporteur.model.Document;
import org.rapporteur.pipeline.stage.footnotes.FootnoteStage;
import org.rapporteur.pipeline.stage.furniture.FurnitureStage;
import org.rapporteur.pipeline.stage.language.LanguageStage;
import org.rapporteur.pipeline.stage.masthead.MastheadStage;
import org.rapporteur.pipeline.stage.paragraphs.ParagraphStage;
import org.rapporteur.pipeline.stage.structure.StructureStage;

/**
 * Each stage alone, on a seed resolution as it reaches that stage. Run with {@code -Pjmh} (README);
 * not part of the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StageBenchmark {
    @Param({"000_2f97a463d2083d74", "004_c0bf6ce2d5e43bc9"})
    public String seed;

    private Document read;
    private Document furnished;
    private Document languaged;
    private Document mastheaded;
    private Document footnoted;
    private Document paragraphed;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        read = new TextReader().read(Path.of("src/test/resources/seeds", seed + ".txt"), ReadOptions.DEFAULTS);
        furnished = new FurnitureStage().apply(read);
        languaged = new LanguageStage().apply(furnished);
        mastheaded = new MastheadStage().apply(languaged);
        footnoted = new FootnoteStage().apply(mastheaded);
        paragraphed = new ParagraphStage().apply(footnoted);
    }

    @Benchmark
    public Document read() throws Exception {
        return new TextReader().read(Path.of("src/test/resources/seeds", seed + ".txt"), ReadOptions.DEFAULTS);
    }

    @Benchmark
    public Document furniture() {
        return new FurnitureStage().apply(read);
    }

    @Benchmark
    public Document language() {
        return new LanguageStage().apply(furnished);
    }

    @Benchmark
    public Document masthead() {
        return new MastheadStage().apply(languaged);
    }

    @Benchmark
    public Document footnotes() {
        return new FootnoteStage().apply(mastheaded);
    }

    @Benchmark
    public Document paragraphs() {
        return new ParagraphStage().apply(footnoted);
    }

    @Benchmark
    public Document structure() {
        return new StructureStage().apply(paragraphed);
    }

}
