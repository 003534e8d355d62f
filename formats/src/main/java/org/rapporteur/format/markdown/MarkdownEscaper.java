package org.rapporteur.format.markdown;

import java.util.regex.Pattern;

/**
 * Escapes text so that Markdown readers read it back as the same text, not as markup: CommonMark (flexmark),
 * and pandoc's own Markdown and {@code commonmark_x}, whose extensions make more characters markup
 * ({@code ^sup^}, {@code ~sub~}, {@code $math$}, {@code @citation}, {@code :emoji:}, {@code : definition}).
 * A backslash before ASCII punctuation is a literal in all of them, so escaping is always safe; it is done
 * only where a character could be read as markup, so the text stays readable.
 */
final class MarkdownEscaper {
    /** Characters that are markup wherever they stand. */
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|~^$])");
    /** An entity or character reference ({@code &amp;}, {@code &#38;}) would be read as the character it names. */
    private static final Pattern ENTITY = Pattern.compile("&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)");
    /** Pandoc's citations ({@code @smith}) and example lists ({@code (@)}) and commonmark_x's emoji ({@code :smile:}). */
    private static final Pattern CITATION = Pattern.compile("(?<![\\p{L}\\p{N}_])@(?=[\\p{L}\\p{N}_)])");
    private static final Pattern EMOJI = Pattern.compile(":(?=[a-z0-9_+-]+:)");
    /** Characters no Markdown file should carry: C0 controls but tab, DEL, C1 controls; line breaks become spaces. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\n\\u2028\\u2029]");
    /** What would start a list, heading, quote, rule, fence, div or definition at the start of a paragraph. */
    private static final Pattern BLOCK_START = Pattern.compile("^(\\d{1,9})([.)])(\\s|$)|^([-+#>=~:%])");

    private MarkdownEscaper() {
    }

    static String inline(String text) {
        if (plain(text)) {
            return text;
        }
        String t = LINE_BREAK.matcher(CONTROL.matcher(text).replaceAll("")).replaceAll(" ");
        t = SPECIAL.matcher(t).replaceAll("\\\\$1");
        t = ENTITY.matcher(t).replaceAll("\\\\&");
        t = CITATION.matcher(t).replaceAll("\\\\@");
        // flexmark drops a note's text up to a "]:" even when the bracket is escaped ("see [x]: …" → "…")
        t = t.replace("\\]:", "\\]\\:");
        return EMOJI.matcher(t).replaceAll("\\\\:");
    }

    /** Whether no character of {@code text} could be markup or must go: most text, escaped as it is, at once. */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029 || "\\`*_[]<>|~^$&@:".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Text for an ATX heading: also every {@code #}, or a closing run of them would be dropped ("… #"). */
    static String heading(String text) {
        return inline(text).replace("#", "\\#");
    }

    /** Escapes a paragraph's first characters where they would open a block construct. */
    static String blockStart(String markdown) {
        // lookingAt, not find: every alternative is anchored at the start, and find tried every position
        var m = BLOCK_START.matcher(markdown);
        if (!m.lookingAt()) {
            return markdown;
        }
        if (m.group(1) != null) {
            return m.group(1) + "\\" + markdown.substring(m.group(1).length());
        }
        return "\\" + markdown;
    }

    /**
     * A YAML double-quoted scalar. Characters YAML does not allow in a file (controls, the line and paragraph
     * separators it reads as breaks, non-characters) are written as escapes, so the front matter always parses.
     */
    static String yaml(String value) {
        StringBuilder sb = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029 || c == 0xFEFF
                            || c >= 0xD800 && c <= 0xDFFF || c == 0xFFFE || c == 0xFFFF) {
                        sb.append(String.format("\\u%04X", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.append('"').toString();
    }
}
