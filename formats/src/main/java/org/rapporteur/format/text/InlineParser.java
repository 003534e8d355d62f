package org.rapporteur.format.text;

import java.util.ArrayList;
import java.util.List;
import org.rapporteur.model.Emphasis;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Mark;
import org.rapporteur.model.Text;

/**
 * Inline layout facts of an extracted text line: Unicode superscript digits are reference marks
 * ({@code 《行动纲领》¹ 中}), and {@code **…**} / {@code *…*} pairs on one line are the bold or italic
 * the extraction kept.
 */
final class InlineParser {
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private InlineParser() {
    }

    static List<Inline> parse(String line) {
        List<Inline> out = new ArrayList<>();
        int i = 0;
        StringBuilder text = new StringBuilder();
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '*') {
                int run = line.startsWith("**", i) ? 2 : 1;
                int close = line.indexOf(line.substring(i, i + run), i + run);
                if (close > i + run && !Character.isWhitespace(line.charAt(i + run))
                        && !Character.isWhitespace(line.charAt(close - 1))) {
                    flush(text, out);
                    Emphasis.Style style = run == 2 ? Emphasis.Style.BOLD : Emphasis.Style.ITALIC;
                    out.add(new Emphasis(style, parse(line.substring(i + run, close))));
                    i = close + run;
                    continue;
                }
            }
            if (SUPERSCRIPTS.indexOf(c) >= 0) {
                int end = i;
                StringBuilder label = new StringBuilder();
                while (end < line.length() && SUPERSCRIPTS.indexOf(line.charAt(end)) >= 0) {
                    label.append((char) ('0' + SUPERSCRIPTS.indexOf(line.charAt(end))));
                    end++;
                }
                flush(text, out);
                out.add(new Mark(label.toString()));
                i = end;
                continue;
            }
            text.append(c);
            i++;
        }
        flush(text, out);
        return Inlines.normalize(out);
    }

    private static void flush(StringBuilder text, List<Inline> out) {
        if (text.length() > 0) {
            out.add(new Text(text.toString()));
            text.setLength(0);
        }
    }
}
