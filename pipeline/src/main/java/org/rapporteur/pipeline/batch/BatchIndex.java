package org.rapporteur.pipeline.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import org.rapporteur.model.Document;
import org.rapporteur.format.html.HtmlOut;
import org.rapporteur.model.Field;

/**
 * The batch's index for publishers: {@code index.json} and {@code index.html} in the output root, every
 * document converted (now or before) with its symbol, organ, date, title and language and a link to each of
 * its outputs; the language versions of one text (one symbol, else one organ and number) on one row. Rows
 * are sorted by that key on the server side: the page needs no script.
 */
public final class BatchIndex {
    public static final String JSON_FILE = "index.json";
    public static final String HTML_FILE = "index.html";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BatchIndex() {
    }

    /** What the index shows of a converted document. */
    static Map<String, String> facts(Document d) {
        Map<String, String> f = new LinkedHashMap<>();
        var meta = d.metadata();
        meta.translationKey().ifPresent(k -> f.put("key", k));
        meta.get(Field.SYMBOL).ifPresent(s -> f.put("symbol", s));
        meta.printedTitle().ifPresent(t -> f.put("title", t));
        meta.get(Field.BODY).ifPresent(o -> f.put("organ", o));
        meta.get(Field.KIND).ifPresent(k -> f.put("kind", k));
        meta.language().ifPresent(l -> {
            f.put("language", l.code());
            f.put("dir", l.rightToLeft() ? "rtl" : "ltr");
        });
        d.date().ifPresent(date -> f.put("date", date));
        return f;
    }

    /** One language version: the entry's facts and its outputs by format. */
    record Version(String input, Map<String, String> facts, Map<String, String> outputs) {
    }

    /** Writes both files for the inputs this run converted or found unchanged. */
    public static void write(Path outDir, Manifest manifest, List<Outcome> outcomes) throws IOException {
        Path out = outDir.toAbsolutePath().normalize();
        Set<String> listed = new HashSet<>();
        for (Outcome o : outcomes) {
            if (o.converted()) {
                listed.add(BatchRunner.key(o.input(), out));
            }
        }
        Map<String, List<Version>> rows = new TreeMap<>();
        for (Manifest.Entry e : manifest.entries()) {
            if (!listed.contains(e.input())) {
                continue;
            }
            Map<String, String> outputs = new TreeMap<>();
            for (String path : e.outputs().keySet()) {
                outputs.put(format(path), path);
            }
            String key = e.facts().getOrDefault("key", e.input());
            rows.computeIfAbsent(key, k -> new ArrayList<>()).add(new Version(e.input(), e.facts(), outputs));
        }
        rows.values().forEach(v -> v.sort(Comparator.comparing((Version x) -> x.facts().getOrDefault("language", ""))
                .thenComparing(Version::input)));
        AtomicFiles.write(out.resolve(JSON_FILE), json(rows));
        AtomicFiles.write(out.resolve(HTML_FILE), html(rows));
    }

    /** The format of an output by its ending: md, docx, akn, html. */
    static String format(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        return p.endsWith(".akn.xml") ? "akn" : p.substring(p.lastIndexOf('.') + 1);
    }

    private static byte[] json(Map<String, List<Version>> rows) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (var row : rows.entrySet()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("key", row.getKey());
            first(row.getValue(), "symbol").ifPresent(s -> d.put("symbol", s));
            first(row.getValue(), "date").ifPresent(s -> d.put("date", s));
            List<Map<String, Object>> versions = new ArrayList<>();
            for (Version v : row.getValue()) {
                Map<String, Object> m = new LinkedHashMap<>(v.facts());
                m.remove("key");
                m.put("input", v.input());
                m.put("outputs", v.outputs());
                versions.add(m);
            }
            d.put("versions", versions);
            documents.add(d);
        }
        return JSON.writeValueAsBytes(Map.of("documents", documents));
    }

    private static java.util.Optional<String> first(List<Version> versions, String fact) {
        return versions.stream().map(v -> v.facts().get(fact)).filter(x -> x != null && !x.isEmpty()).findFirst();
    }

    private static final String STYLE = "body{font-family:\"Noto Serif\",\"Times New Roman\",serif;margin:2em}"
            + "table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccc;padding:.3em .5em;"
            + "text-align:start;vertical-align:top}ul{list-style:none;margin:0;padding:0}li{margin:.2em 0}"
            + "span.lang{font-family:monospace;margin-inline-end:.5em}a{color:#03c;margin-inline-start:.4em}";

    private static byte[] html(Map<String, List<Version>> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            HtmlOut w = HtmlOut.page(bytes, "en", "ltr", "Converted documents", STYLE);
            w.element("h1", "Converted documents");
            w.element("p", rows.size() + " texts, " + rows.values().stream().mapToInt(List::size).sum()
                    + " language versions; sorted by symbol. The same list as data: " + JSON_FILE + ".");
            w.open("table").open("thead").open("tr");
            for (String h : List.of("Symbol", "Date", "Language versions")) {
                w.element("th", h, "scope", "col");
            }
            w.close().close().open("tbody");
            for (var row : rows.entrySet()) {
                w.open("tr").element("th", first(row.getValue(), "symbol").orElse(row.getKey()), "scope", "row");
                w.element("td", first(row.getValue(), "date").orElse("")).open("td").open("ul");
                for (Version v : row.getValue()) {
                    String lang = v.facts().getOrDefault("language", "");
                    w.open("li").element("span", lang.isEmpty() ? "?" : lang, "class", "lang");
                    String title = v.facts().getOrDefault("title", v.input());
                    if (lang.isEmpty()) {
                        w.element("span", title, "class", "title");
                    } else {
                        w.element("span", title, "class", "title", "lang", lang, "dir", v.facts().getOrDefault("dir", "ltr"));
                    }
                    for (var o : v.outputs().entrySet()) {
                        w.element("a", o.getKey(), "href", href(o.getValue()));
                    }
                    w.close();
                }
                w.close().close().close();
            }
            w.close().close();
            w.finish();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the index: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** A relative link to an output: each path segment percent-encoded ("a b/x.md" → "a%20b/x.md"). */
    static String href(String relative) {
        StringBuilder sb = new StringBuilder();
        for (String segment : relative.split("/")) {
            if (!sb.isEmpty()) {
                sb.append('/');
            }
            sb.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }
}
