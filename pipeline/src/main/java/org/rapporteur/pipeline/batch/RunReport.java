package org.rapporteur.pipeline.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rapporteur.model.Warning;

/**
 * The batch's report: {@code report.json} in the output directory (and {@code report.csv} on request),
 * one entry a file with its status, reason, warnings, time and outputs with their SHA-256.
 */
public final class RunReport {
    public static final String JSON_FILE = "report.json";
    public static final String CSV_FILE = "report.csv";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunReport() {
    }

    /** The run the report is of: the tool's version, when it started, how long it took, its options. */
    public record Run(String tool, java.time.Instant started, long millis, Map<String, Object> options) {
    }

    public static void write(Path outDir, String tool, List<Outcome> outcomes, boolean csv) throws IOException {
        write(outDir, new Run(tool, null, -1, Map.of()), outcomes, List.of(), csv);
    }

    /** As {@link #write(Path, String, List, boolean)}, with the run's facts and the outputs {@code --prune} removed. */
    public static void write(Path outDir, Run run, List<Outcome> outcomes, List<String> pruned, boolean csv)
            throws IOException {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Outcome o : outcomes) {
            entries.add(entry(o.input().path().toString(), o.status(), o.reason(), o.millis(), o.warnings(), o.outputs()));
        }
        byte[] json = json(run.tool(), entries);
        if (run.started() != null || !pruned.isEmpty()) {
            var tree = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(json);
            var ordered = JSON.createObjectNode();
            ordered.set("tool", tree.get("tool"));
            if (run.started() != null) {
                ordered.put("started", run.started().toString());
                ordered.put("millis", run.millis());
                ordered.set("options", JSON.valueToTree(run.options()));
            }
            tree.fields().forEachRemaining(f -> ordered.set(f.getKey(), f.getValue()));
            if (!pruned.isEmpty()) {
                ordered.set("pruned", JSON.valueToTree(pruned));
            }
            json = JSON.writeValueAsBytes(ordered);
        }
        AtomicFiles.write(outDir.resolve(JSON_FILE), json);
        if (csv) {
            StringBuilder sb = new StringBuilder("input,status,reason,warnings,millis\n");
            for (Outcome o : outcomes) {
                sb.append(csv(o.input().path().toString())).append(',').append(o.status().name().toLowerCase(Locale.ROOT))
                        .append(',').append(csv(o.reason())).append(',').append(o.warnings().size()).append(',')
                        .append(o.millis()).append('\n');
            }
            AtomicFiles.write(outDir.resolve(CSV_FILE), sb.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** One file's entry in the report; every batch, local or distributed, reports files in this shape. */
    public static Map<String, Object> entry(String input, Outcome.Status status, String reason, long millis,
                                            List<Warning> warnings, Map<String, String> outputs) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("input", input);
        e.put("status", status.name().toLowerCase(Locale.ROOT));
        if (!reason.isEmpty()) {
            e.put("reason", reason);
        }
        e.put("millis", millis);
        List<Map<String, String>> ws = new ArrayList<>();
        for (Warning w : warnings) {
            ws.add(Map.of("kind", w.kind().name(), "message", w.message()));
        }
        e.put("warnings", ws);
        e.put("outputs", outputs);
        return e;
    }

    /** The whole report: totals by status and warnings, then the entries as given. */
    public static byte[] json(String tool, List<Map<String, Object>> entries) throws IOException {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("tool", tool);
        report.put("files", entries.size());
        for (Outcome.Status s : Outcome.Status.values()) {
            String name = s.name().toLowerCase(Locale.ROOT);
            report.put(name, entries.stream().filter(e -> name.equals(e.get("status"))).count());
        }
        report.put("warnings", entries.stream().mapToLong(e -> ((List<?>) e.get("warnings")).size()).sum());
        report.put("entries", entries);
        return JSON.writeValueAsBytes(report);
    }

    private static String csv(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
