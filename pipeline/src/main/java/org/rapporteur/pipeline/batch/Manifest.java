package org.rapporteur.pipeline.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.rapporteur.model.Warning;

/**
 * What earlier runs produced in an output directory: for each input, its checksum, the options and tool
 * version, and the checksum of every output. It is a journal, one JSON line a converted file, written as
 * each file is done: a run killed with {@code kill -9} loses at most the files still in flight (the lines
 * written are in the system's cache), and the next run redoes exactly those. It is forced to disk at most
 * once a second and when the run ends, not after every line (that cost a twentieth of a batch's time): a
 * power cut loses at most the last second's lines, and the files they name are converted again, since an
 * output counts as done only when its checksum in the journal matches the file. Each run starts by rewriting it with one line an input (atomically),
 * so a journal does not grow with every {@code --force} run.
 */
public final class Manifest implements AutoCloseable {
    public static final String FILE = ".rapporteur-manifest.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One converted input. {@code outputs} maps each output's path, relative to the output directory, to its
     * checksum; {@code facts} are what a batch index shows of it (symbol, title, language, date…).
     */
    public record Entry(String input, String sha256, String options, String version, Map<String, String> outputs,
                        java.util.List<Warning> warnings, Map<String, String> facts) {
        public Entry {
            outputs = new TreeMap<>(outputs);
            warnings = warnings == null ? java.util.List.of() : java.util.List.copyOf(warnings);
            facts = facts == null ? Map.of() : new TreeMap<>(facts);
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Path file;
    private FileChannel journal;
    private static final long FORCE_EVERY_NANOS = 1_000_000_000L;
    private long lastForced = System.nanoTime();

    private Manifest(Path file) {
        this.file = file;
    }

    /** The manifest of {@code outDir}, compacted; call it only while holding the output lock. */
    public static Manifest open(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Manifest m = new Manifest(outDir.resolve(FILE));
        if (Files.exists(m.file)) {
            for (String line : Files.readAllLines(m.file, StandardCharsets.UTF_8)) {
                try {
                    Entry e = JSON.readValue(line, Entry.class);
                    m.entries.put(e.input(), e);
                } catch (IOException torn) {
                    // A line cut short by a kill: that file was not recorded, so it is converted again.
                }
            }
        }
        m.compact();
        return m;
    }

    /** Rewrites the journal with one line an input, in a fixed order, replacing the old one whole. */
    public synchronized void compact() throws IOException {
        if (journal != null) {
            journal.close();
        }
        StringBuilder sb = new StringBuilder();
        for (Entry e : new TreeMap<>(entries).values()) {
            sb.append(JSON.writeValueAsString(e)).append('\n');
        }
        AtomicFiles.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
        journal = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** Every input recorded, with its outputs. */
    public java.util.Collection<Entry> entries() {
        return java.util.List.copyOf(entries.values());
    }

    /** Forgets {@code input} (its outputs were removed); {@link #compact()} makes it last. */
    public void forget(String input) {
        entries.remove(input);
    }

    /** Whether {@code input} was converted before with the same content, options and version, its outputs intact. */
    public boolean upToDate(String input, String sha256, String options, String version, Path outDir) throws IOException {
        Entry e = entries.get(input);
        if (e == null || !e.sha256().equals(sha256) || !e.options().equals(options) || !e.version().equals(version)) {
            return false;
        }
        for (var out : e.outputs().entrySet()) {
            Path p = outDir.resolve(out.getKey());
            if (!Files.isRegularFile(p) || !Fingerprint.of(p).equals(out.getValue())) {
                return false;
            }
        }
        return true;
    }

    public Entry get(String input) {
        return entries.get(input);
    }

    public synchronized void record(Entry e) throws IOException {
        entries.put(e.input(), e);
        journal.write(java.nio.ByteBuffer.wrap((JSON.writeValueAsString(e) + "\n").getBytes(StandardCharsets.UTF_8)));
        long now = System.nanoTime();
        if (now - lastForced > FORCE_EVERY_NANOS) {
            journal.force(false);
            lastForced = now;
        }
    }

    @Override
    public void close() throws IOException {
        journal.force(false);
        journal.close();
    }
}
