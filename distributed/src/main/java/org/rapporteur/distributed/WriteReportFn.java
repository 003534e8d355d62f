package org.rapporteur.distributed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.rapporteur.pipeline.Version;
import org.rapporteur.pipeline.batch.RunReport;

/**
 * Writes the job's two summary files from their sorted lines: {@code report.json}, in the local batch's
 * shape, and {@code dead-letter.jsonl}, one failed file and its reason a line (empty when none failed).
 */
final class WriteReportFn extends DoFn<List<String>, Void> {
    static final String DEAD_LETTER_FILE = "dead-letter.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> ENTRY = new TypeReference<>() { };

    private final String target;
    private final boolean report;

    private WriteReportFn(String target, boolean report) {
        this.target = target;
        this.report = report;
    }

    static WriteReportFn report(JobConfig config) {
        return new WriteReportFn(config.output() + RunReport.JSON_FILE, true);
    }

    static WriteReportFn deadLetters(JobConfig config) {
        return new WriteReportFn(config.output() + DEAD_LETTER_FILE, false);
    }

    @ProcessElement
    public void process(@Element List<String> lines) throws IOException {
        if (!report) {
            StringBuilder sb = new StringBuilder();
            lines.forEach(l -> sb.append(l).append('\n'));
            OutputFiles.write(target, sb.toString().getBytes(StandardCharsets.UTF_8));
            return;
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        for (String line : lines) {
            entries.add(JSON.readValue(line, ENTRY));
        }
        OutputFiles.write(target, RunReport.json(Version.TOOL + " (Apache Beam)", entries));
    }
}
