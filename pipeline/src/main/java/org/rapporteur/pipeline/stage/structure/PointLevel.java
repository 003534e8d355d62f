package org.rapporteur.pipeline.stage.structure;

import java.util.List;
import java.util.regex.Pattern;
import org.rapporteur.model.SubParagraph;

/**
 * Whether a sub-paragraph is a point of the paragraph's list or of the point before it: roman numerals
 * ({@code (i)}, {@code (ii)}) after a lettered point are its points, unless the letter before makes the
 * label the next letter ({@code (i)} after {@code (h)}, {@code (v)} after {@code (u)}); a list numbered
 * in roman numerals from its start stays one list.
 */
final class PointLevel {
    private static final Pattern ROMAN = Pattern.compile("[ivxl]{1,6}");

    private PointLevel() {
    }

    static int of(String label, List<SubParagraph> before) {
        if (label.equals(SubParagraph.BULLET) && !before.isEmpty()) {
            // bullets go on a bulleted list, or are the points of the lettered point before them
            SubParagraph last = before.get(before.size() - 1);
            return last.label().equals(SubParagraph.BULLET) ? last.level() : last.wrapUp() ? 1 : 2;
        }
        if (before.isEmpty() || !ROMAN.matcher(label).matches()) {
            return 1;
        }
        SubParagraph last = before.get(before.size() - 1);
        if (last.level() == 2) {
            return 2;
        }
        if (ROMAN.matcher(last.label()).matches()) {
            return 1; // a list numbered (i), (ii) from its start, or the letter (i) after (h)
        }
        // the next letter of a lettered list: (h) then (i), (u) then (v), (w) then (x)
        boolean nextLetter = label.length() == 1 && last.label().length() == 1 && label.charAt(0) == last.label().charAt(0) + 1;
        return last.wrapUp() || nextLetter ? 1 : 2;
    }
}
