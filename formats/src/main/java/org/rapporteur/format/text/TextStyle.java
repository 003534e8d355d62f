package org.rapporteur.format.text;

import java.util.List;

/**
 * The two ways text extracted from a resolution PDF is laid out.
 * <ul>
 * <li>{@code SPACED} (pdftotext-style seeds): wrapped lines separated by blank lines; a paragraph starts
 * with a leading space and ends with a trailing space; a line of spaces separates footnotes.</li>
 * <li>{@code BLOCKS} (cleaner extraction, plain pdftotext): paragraphs are runs of lines separated by
 * blank lines.</li>
 * </ul>
 */
public enum TextStyle {
    SPACED, BLOCKS;

    /**
     * SPACED when some of the text lines (one in twenty, three at least) start or end with a space and
     * blank lines stand between most text lines; plain extraction trims its lines.
     */
    static TextStyle detect(List<String> lines) {
        int text = 0;
        int spaced = 0;
        int followedByBlank = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            text++;
            if (l.startsWith(" ") || l.endsWith(" ")) {
                spaced++;
            }
            if (i + 1 < lines.size() && lines.get(i + 1).isEmpty()) {
                followedByBlank++;
            }
        }
        if (text == 0) {
            return BLOCKS;
        }
        // Clean extraction trims every line; pdftotext opens and ends each paragraph with a space, which
        // in long paragraphs of short lines is only a line or two in ten.
        return spaced >= 3 && spaced * 20 >= text && followedByBlank * 2 >= text ? SPACED : BLOCKS;
    }
}
