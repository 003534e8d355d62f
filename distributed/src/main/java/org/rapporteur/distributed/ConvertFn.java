package org.rapporteur.distributed;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.FileIO.ReadableFile;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.rapporteur.model.ConversionException;
import org.rapporteur.model.Warning;
import org.rapporteur.format.Readers;
import org.rapporteur.pipeline.Converter;
import org.rapporteur.pipeline.batch.Fingerprint;
import org.rapporteur.pipeline.batch.InputFile;
import org.rapporteur.pipeline.batch.InputFinder;
import org.rapporteur.pipeline.batch.Outcome;
import org.rapporteur.pipeline.batch.RunReport;

/**
 * Converts the files that share one output name with the local batch's {@link Converter}: the first
 * (by name) converts and writes its outputs, the others fail as the local batch fails them. Every file
 * gives one report entry (JSON, main output); every failure also goes to the dead letters with its reason.
 */
final class ConvertFn extends DoFn<KV<String, Iterable<ReadableFile>>, String> {
    static final TupleTag<String> REPORT = new TupleTag<>() { };
    static final TupleTag<String> DEAD_LETTER = new TupleTag<>() { };
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Counter converted = Metrics.counter(ConvertFn.class, "converted");
    private final Counter failed = Metrics.counter(ConvertFn.class, "failed");
    private final JobConfig config;
    private transient Converter converter;

    ConvertFn(JobConfig config) {
        this.config = config;
    }

    @Setup
    public void setup() {
        converter = config.converter();
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<ReadableFile>> group, MultiOutputReceiver out) throws IOException {
        List<ReadableFile> files = new ArrayList<>();
        // as the local batch: a file no reader takes is ignored, counted and not failed
        for (ReadableFile f : group.getValue()) {
            if (Readers.forName(f.getMetadata().resourceId().getFilename()).isPresent()) {
                files.add(f);
            } else {
                emit(out, RunReport.entry(name(f), Outcome.Status.IGNORED, InputFinder.NOT_READ, 0, List.<Warning>of(), Map.of()));
            }
        }
        if (files.isEmpty()) {
            return;
        }
        files.sort(Comparator.comparing(ConvertFn::name));
        // and of a PDF and its text, the PDF is converted
        int preferred = InputFinder.preferredOfPair(files.stream().map(f -> f.getMetadata().resourceId().getFilename()).toList(), true);
        if (preferred >= 0) {
            ReadableFile chosen = files.get(preferred);
            ReadableFile other = files.get(1 - preferred);
            emit(out, convert(chosen));
            emit(out, RunReport.entry(name(other), Outcome.Status.IGNORED,
                    InputFinder.convertedInstead(chosen.getMetadata().resourceId().getFilename(), true), 0, List.<Warning>of(), Map.of()));
            return;
        }
        String first = name(files.get(0));
        emit(out, convert(files.get(0)));
        for (ReadableFile other : files.subList(1, files.size())) {
            emit(out, failure(name(other), "its outputs would overwrite those of " + first, 0));
        }
    }

    private Map<String, Object> convert(ReadableFile file) {
        long start = System.nanoTime();
        String name = name(file);
        String relative = config.relative(name);
        try {
            if (relative == null) {
                return failure(name, "its outputs would fall outside " + config.output(), millis(start));
            }
            String refused = config.batchOptions().refuseSize(file.getMetadata().sizeBytes());
            if (refused != null) {
                return failure(name, refused, millis(start));
            }
            byte[] content = file.readFullyAsBytes();
            Converter.Result r = converter.convert(content, file.getMetadata().resourceId().getFilename());
            String base = InputFile.outputBase(relative);
            Map<String, String> written = new LinkedHashMap<>();
            for (var e : r.outputs().entrySet()) {
                OutputFiles.write(config.output() + base + e.getKey(), e.getValue());
                written.put(base + e.getKey(), Fingerprint.of(e.getValue()));
            }
            return RunReport.entry(name, Outcome.Status.CONVERTED, "", millis(start), r.document().warnings(), written);
        } catch (ConversionException e) {
            return failure(name, e.getMessage(), millis(start));
        } catch (IOException e) {
            return failure(name, "cannot read or write: " + e.getMessage(), millis(start));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError | AssertionError e) {
            // as the local batch: a defect of ours fails this file, the job goes on
            return failure(name, Outcome.internalError(e), millis(start));
        }
    }

    private void emit(MultiOutputReceiver out, Map<String, Object> entry) throws IOException {
        out.get(REPORT).output(JSON.writeValueAsString(entry));
        if ("failed".equals(entry.get("status"))) {
            failed.inc();
            Map<String, Object> letter = new LinkedHashMap<>();
            letter.put("input", entry.get("input"));
            letter.put("reason", entry.get("reason"));
            out.get(DEAD_LETTER).output(JSON.writeValueAsString(letter));
        } else if ("converted".equals(entry.get("status"))) {
            converted.inc();
        }
    }

    private static Map<String, Object> failure(String name, String reason, long millis) {
        return RunReport.entry(name, Outcome.Status.FAILED, reason, millis, List.<Warning>of(), Map.of());
    }

    private static String name(ReadableFile f) {
        return f.getMetadata().resourceId().toString();
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
