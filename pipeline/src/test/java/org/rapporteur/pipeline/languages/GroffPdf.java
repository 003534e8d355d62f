package org.rapporteur.pipeline.languages;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A gold resolution typeset by GNU troff (groff's -ms macros, gropdf): another producer than LibreOffice
 * and Word, as TeX is — justified lines of words it places itself, its own hyphenation pass (US English
 * and French patterns; Spanish unhyphenated, groff has none), footnotes under a short rule with their own
 * numbers, the standard Times fonts not embedded.
 */
final class GroffPdf {
    private static final Pattern REF = Pattern.compile("\\[\\^(\\w+)\\]");

    private GroffPdf() {
    }

    /** Whether {@code groff} with its PDF device is installed (.ci/run installs Debian's groff). */
    static boolean available() {
        return Tools.runs("groff", "-v") && Files.isExecutable(Path.of("/usr/bin/gropdf"));
    }

    /** The languages groff's Times fonts can set. */
    static boolean supports(JsonNode gold) {
        return List.of("en", "fr", "es").contains(gold.path("lang").asText());
    }

    /** {@code gold} typeset to {@code pdf}. */
    static void write(JsonNode gold, Path pdf, Path work) throws IOException, InterruptedException {
        Path source = work.resolve(pdf.getFileName() + ".ms");
        Files.writeString(source, roff(gold), StandardCharsets.UTF_8);
        List<String> cmd = new ArrayList<>(List.of("groff", "-k", "-ms", "-Tpdf"));
        if (gold.path("lang").asText().equals("fr")) {
            cmd.add("-mfr");
        }
        cmd.add(source.toString());
        Process p = new ProcessBuilder(cmd).redirectOutput(pdf.toFile()).redirectError(work.resolve(pdf.getFileName() + ".log").toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("groff failed on " + source + ": " + Files.readString(work.resolve(pdf.getFileName() + ".log")));
        }
    }

    /** The gold as an -ms document. */
    static String roff(JsonNode g) {
        StringBuilder out = new StringBuilder(".nr PS 11\n.nr VS 14\n.nr PI 3n\n.nr PD 0.4v\n.ds CH\n");
        if (g.path("lang").asText().equals("es")) {
            out.append(".nh\n");
        }
        for (JsonNode m : g.path("masthead")) {
            out.append(".LP\n.ad l\n").append(escape(m.asText())).append('\n');
        }
        out.append(".LP\n.ad l\n\\fB").append(escape(g.path("number").asText() + ". " + g.path("title").asText())).append("\\fP\n.ad b\n");
        List<String> seen = new ArrayList<>();
        out.append(".PP\n").append(escape(g.path("formula").asText())).append('\n');
        for (JsonNode p : g.path("preamble")) {
            paragraph(out, ".PP", p.asText(), g, seen);
        }
        for (JsonNode o : g.path("operative")) {
            paragraph(out, ".PP", GoldLayout.printedNumber(g, o.path("num").asText()) + o.path("text").asText(), g, seen);
            for (JsonNode pt : o.path("points")) {
                String num = pt.path("num").asText();
                paragraph(out, num.isEmpty() ? ".IP \"\" 6n" : ".IP \"" + escape(num) + "\" 6n", pt.path("text").asText(), g, seen);
            }
        }
        out.append(".LP\n.ad r\n");
        for (String l : GoldLayout.closingLines(g)) {
            out.append(escape(l)).append("\n.br\n");
        }
        out.append(".ad b\n");
        for (String p : GoldLayout.afterClosing(g)) {
            out.append(".LP\n").append(escape(p)).append('\n');
        }
        return out.toString();
    }

    /** A paragraph with its marks raised, each note set at the foot of the page that first refers to it. */
    private static void paragraph(StringBuilder out, String request, String text, JsonNode g, List<String> seen) {
        out.append(request).append('\n');
        Matcher m = REF.matcher(text);
        int last = 0;
        List<String> fresh = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        while (m.find()) {
            line.append(escape(text.substring(last, m.start())));
            line.append("\\s-3\\v'-.4m'").append(m.group(1)).append("\\v'.4m'\\s+3");
            if (!seen.contains(m.group(1))) {
                seen.add(m.group(1));
                fresh.add(m.group(1));
            }
            last = m.end();
        }
        line.append(escape(text.substring(last)));
        out.append(line).append('\n');
        for (String label : fresh) {
            out.append(".FS ").append(label).append('\n').append(escape(g.path("footnotes").path(label).asText())).append("\n.FE\n");
        }
    }

    /** Text as troff reads it literally: backslashes escaped, a leading period or quote made text. */
    private static String escape(String text) {
        // (Times has no non-breaking hyphen: troff would drop it; score.py reads it as a hyphen anyway)
        String t = text.replace("\\", "\\e").replace("\u2011", "-").replace("\u00A0", "\\ ");
        return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
    }
}
