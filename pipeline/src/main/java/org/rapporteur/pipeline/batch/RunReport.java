package org.rapporteur.pipeline.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    public static void write(Path outDir, String tool, List<Outcome> outcomes, boolean csv) throws IOException {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("tool", tool);
        report.put("files", outcomes.size());
        for (Outcome.Status s : Outcome.Status.values()) {
            report.put(s.name().toLowerCase(java.util.Locale.ROOT), outcomes.stream().filter(o -> o.status() == s).count());
        }
        report.put("warnings", outcomes.stream().mapToLong(o -> o.warnings().size()).sum());
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Outcome o : outcomes) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("input", o.input().path().toString());
            e.put("status", o.status().name().toLowerCase(java.util.Locale.ROOT));
            if (!o.reason().isEmpty()) {
                e.put("reason", o.reason());
            }
            e.put("millis", o.millis());
            List<Map<String, String>> ws = new ArrayList<>();
            for (Warning w : o.warnings()) {
                ws.add(Map.of("kind", w.kind().name(), "message", w.message()));
            }
            e.put("warnings", ws);
            e.put("outputs", o.outputs());
            entries.add(e);
        }
        report.put("entries", entries);
        AtomicFiles.write(outDir.resolve(JSON_FILE), JSON.writeValueAsBytes(report));
        if (csv) {
            StringBuilder sb = new StringBuilder("input,status,reason,warnings,millis\n");
            for (Outcome o : outcomes) {
                sb.append(csv(o.input().path().toString())).append(',').append(o.status().name().toLowerCase(java.util.Locale.ROOT))
                        .append(',').append(csv(o.reason())).append(',').append(o.warnings().size()).append(',')
                        .append(o.millis()).append('\n');
            }
            AtomicFiles.write(outDir.resolve(CSV_FILE), sb.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String csv(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
