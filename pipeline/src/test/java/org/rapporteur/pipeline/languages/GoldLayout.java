package org.rapporteur.pipeline.languages;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays a gold resolution (score.py's expected shape, as {@code unxml_gold.py} makes it from a UN AKN4UN
 * file) out as the clean extracted text UN PDFs give: masthead lines, the title line, the formula,
 * paragraphs with superscript marks, and each note body dropped where its page would have ended.
 */
final class GoldLayout {
    private static final Pattern REF = Pattern.compile("\\[\\^(\\w+)\\]");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private GoldLayout() {
    }

    static String asText(JsonNode g) {
        boolean arabic = g.path("lang").asText().equals("ar");
        StringBuilder out = new StringBuilder();
        for (JsonNode m : g.path("masthead")) {
            out.append(m.asText()).append("\n\n");
        }
        String title = g.path("title").asText();
        out.append(g.path("number").asText()).append(arabic && title.startsWith("-") ? " " : ". ").append(title).append("\n\n");
        out.append(g.path("formula").asText()).append("\n\n");
        List<String> pending = new ArrayList<>();
        for (JsonNode p : g.path("preamble")) {
            paragraph(out, p.asText(), g, pending);
        }
        for (JsonNode o : g.path("operative")) {
            String num = o.path("num").asText();
            paragraph(out, num + (arabic ? " - " : ". ") + o.path("text").asText(), g, pending);
            for (JsonNode pt : o.path("points")) {
                paragraph(out, pt.path("num").asText() + " " + pt.path("text").asText(), g, pending);
            }
        }
        out.append(g.path("date").asText()).append('\n').append(g.path("meeting").asText()).append('\n');
        return out.toString();
    }

    /** A paragraph, then the bodies of the notes it referenced first, as a page end would drop them. */
    private static void paragraph(StringBuilder out, String text, JsonNode g, List<String> seen) {
        Matcher m = REF.matcher(text);
        StringBuilder sb = new StringBuilder();
        List<String> fresh = new ArrayList<>();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(superscript(m.group(1))));
            if (!seen.contains(m.group(1))) {
                seen.add(m.group(1));
                fresh.add(m.group(1));
            }
        }
        m.appendTail(sb);
        out.append(sb).append("\n\n");
        for (String label : fresh) {
            out.append(superscript(label)).append(' ').append(g.path("footnotes").path(label).asText()).append("\n\n");
        }
    }


    static String superscript(String digits) {
        StringBuilder sb = new StringBuilder();
        for (char c : digits.toCharArray()) {
            sb.append(Character.isDigit(c) ? SUPERSCRIPTS.charAt(c - '0') : c);
        }
        return sb.toString();
    }
}
