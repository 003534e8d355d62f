package org.rapporteur.pipeline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The run's log on stderr, for a person or a scheduler: each line with its time and level, as text
 * ({@code 2026-12-01T02:30:00Z INFO converted in/a.txt (0 warnings)}) or as one JSON object a line
 * ({@code --log-format json}: {@code {"time", "level", "event", …fields}}). {@code -q} keeps errors only,
 * {@code -v} adds each file's time and each pruned output. Text lines escape what could break a line.
 */
final class RunLog {
    enum Level { ERROR, WARN, INFO, DEBUG }

    enum Format { TEXT, JSON }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PrintStream err;
    private final Level threshold;
    private final Format format;
    private final Clock clock;

    RunLog(PrintStream err, Level threshold, Format format, Clock clock) {
        this.err = err;
        this.threshold = threshold;
        this.format = format;
        this.clock = clock;
    }

    boolean enabled(Level level) {
        return level.ordinal() <= threshold.ordinal();
    }

    /**
     * One line: {@code text} for people (its {@code {}} filled from {@code fields} in order, each escaped),
     * {@code event} and {@code fields} for machines.
     */
    void log(Level level, String event, String text, Map<String, Object> fields) {
        if (!enabled(level)) {
            return;
        }
        String time = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        String line;
        if (format == Format.JSON) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("time", time);
            json.put("level", level.name().toLowerCase(java.util.Locale.ROOT));
            json.put("event", event);
            fields.forEach((k, v) -> json.put(k, v instanceof java.nio.file.Path p ? p.toString() : v));
            try {
                line = JSON.writeValueAsString(json);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            StringBuilder sb = new StringBuilder();
            var values = fields.values().iterator();
            int from = 0;
            for (int at = text.indexOf("{}"); at >= 0; at = text.indexOf("{}", from)) {
                sb.append(text, from, at).append(values.hasNext() ? Logs.safe(values.next()) : "{}");
                from = at + 2;
            }
            sb.append(text.substring(from));
            line = time + " " + level + " " + sb;
        }
        synchronized (err) {
            err.println(line);
            err.flush();
        }
    }

    void error(String event, String text, Map<String, Object> fields) {
        log(Level.ERROR, event, text, fields);
    }

    void warn(String event, String text, Map<String, Object> fields) {
        log(Level.WARN, event, text, fields);
    }

    void info(String event, String text, Map<String, Object> fields) {
        log(Level.INFO, event, text, fields);
    }

    void debug(String event, String text, Map<String, Object> fields) {
        log(Level.DEBUG, event, text, fields);
    }

    /** Fields in the order given (Map.of has none): {@code fields("input", p, "warnings", 2)}. */
    static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
