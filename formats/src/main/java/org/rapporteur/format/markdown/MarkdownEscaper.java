package org.rapporteur.format.markdown;

import java.util.regex.Pattern;

/** Escapes text so that CommonMark reads it back as the same text, not as markup. */
final class MarkdownEscaper {
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|])");
    /** What would start a list, heading, quote or break at the start of a paragraph. */
    private static final Pattern BLOCK_START = Pattern.compile("^(\\d{1,9})([.)])(\\s|$)|^([-+#>=~])");

    private MarkdownEscaper() {
    }

    static String inline(String text) {
        return SPECIAL.matcher(text).replaceAll("\\\\$1");
    }

    /** Escapes a paragraph's first characters where they would open a block construct. */
    static String blockStart(String markdown) {
        var m = BLOCK_START.matcher(markdown);
        if (!m.find()) {
            return markdown;
        }
        if (m.group(1) != null) {
            return m.group(1) + "\\" + markdown.substring(m.group(1).length());
        }
        return "\\" + markdown;
    }

    /** A YAML double-quoted scalar. */
    static String yaml(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
