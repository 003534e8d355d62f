package org.rapporteur.pipeline.bench;

import java.nio.charset.StandardCharsets;
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
import org.rapporteur.model.Document;
import org.rapporteur.pipeline.Converter;
import org.rapporteur.pipeline.Pipeline;

/**
 * One paragraph of n lines through every stage: the time per line should not grow with n (a 16,000-line
 * paragraph once took 30 s, every line rescanning the paragraph before it). Run with {@code -Pjmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LongParagraphBenchmark {
    @Param({"1000", "4000", "16000"})
    public int lines;

    private byte[] text;
    private final Converter converter = new Converter(Pipeline.standard(), List.of(), ReadOptions.DEFAULTS);

    @Setup(Level.Trial)
    public void setUp() {
        StringBuilder sb = new StringBuilder("78/1. A title\n\nThe General Assembly,\n\n");
        String[] words = {"recalling", "its", "resolution", "on", "the", "question", "of", "decolonization"};
        for (int i = 0; i < lines; i++) {
            sb.append(words[i % words.length]).append(' ').append(words[(i * 7) % words.length]).append(" and-\n");
        }
        text = sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public Document paragraph() throws Exception {
        return converter.read(text, "long.txt");
    }
}
