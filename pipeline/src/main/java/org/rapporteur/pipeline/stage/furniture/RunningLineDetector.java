package org.rapporteur.pipeline.stage.furniture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rapporteur.model.Line;

/**
 * Running headers and footers: a line among the first or last few of a page whose text, with digits
 * folded, stands at the same end of at least two pages. A running title repeated at every page top is one.
 */
final class RunningLineDetector {
    /** How many lines at each end of a page can be a running header or footer. */
    private static final int BAND = 3;
    private static final java.util.regex.Pattern LEADING_NUMBER = java.util.regex.Pattern.compile("^\\d+(\\s*/\\s*\\d+)?");
    private static final java.util.regex.Pattern TRAILING_NUMBER = java.util.regex.Pattern.compile("\\d+(\\s*/\\s*\\d+)?$");

    private RunningLineDetector() {
    }

    /** Indexes into {@code lines} of the running lines. */
    static Set<Integer> detect(List<Line> lines) {
        Map<Integer, List<Integer>> byPage = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).layout().rule() && !lines.get(i).text().isBlank()) {
                byPage.computeIfAbsent(lines.get(i).page(), p -> new ArrayList<>()).add(i);
            }
        }
        Set<Integer> result = new HashSet<>();
        if (byPage.size() < 2) {
            return result;
        }
        collect(lines, byPage, true, result);
        collect(lines, byPage, false, result);
        return result;
    }

    private static void collect(List<Line> lines, Map<Integer, List<Integer>> byPage, boolean top, Set<Integer> into) {
        Map<String, Set<Integer>> pagesByKey = new HashMap<>();
        Map<String, List<Integer>> indexesByKey = new HashMap<>();
        for (var e : byPage.entrySet()) {
            List<Integer> idx = e.getValue();
            int n = Math.min(BAND, idx.size());
            double pitch = top ? 0 : pitch(lines, idx);
            for (int k = 0; k < n; k++) {
                int i = top ? idx.get(k) : idx.get(idx.size() - 1 - k);
                if (!top && k + 1 < idx.size() && continues(lines.get(idx.get(idx.size() - 2 - k)), lines.get(i), pitch)) {
                    continue;
                }
                String key = key(lines.get(i).text()) + position(lines.get(i));
                pagesByKey.computeIfAbsent(key, x -> new HashSet<>()).add(e.getKey());
                indexesByKey.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
            }
        }
        for (var e : pagesByKey.entrySet()) {
            // Short number-only lines (reference marks, note labels) repeat by nature and are never running lines.
            // A line that opens in lower case goes on a sentence (a wrapped note), which no header or footer does.
            if (e.getValue().size() >= 2 && e.getKey().codePoints().filter(Character::isLetter).count() >= 3
                    && !Character.isLowerCase(e.getKey().codePointAt(0))) {
                into.addAll(indexesByKey.get(e.getKey()));
            }
        }
    }

    /**
     * Whether measured line {@code line} goes on from {@code above}: set close under it in the same size
     * after text that stops mid-sentence, as a wrapped note's last line does. A footer stands apart.
     * Close is within 1.6 font sizes, or a fifth more than the page's closest pair of lines in one size
     * ({@code pitch}): an Arabic font sets its lines twice their size apart.
     */
    private static boolean continues(Line above, Line line, double pitch) {
        double size = line.layout().fontSize();
        String text = above.text().strip();
        return size > 0 && Math.abs(above.layout().fontSize() - size) < 0.5
                && line.layout().y() - above.layout().y() <= Math.max(1.6 * size, 1.2 * pitch) && !text.isEmpty()
                && ".;:!?。；：".indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /** The smallest distance between two lines of one size, one under the other, on a page; 0 if none. */
    private static double pitch(List<Line> lines, List<Integer> page) {
        double best = Double.MAX_VALUE;
        for (int k = 1; k < page.size(); k++) {
            Line a = lines.get(page.get(k - 1));
            Line b = lines.get(page.get(k));
            double d = b.layout().y() - a.layout().y();
            if (a.layout().fontSize() > 0 && Math.abs(a.layout().fontSize() - b.layout().fontSize()) < 0.5 && d > 0.5 * b.layout().fontSize()) {
                best = Math.min(best, d);
            }
        }
        return best == Double.MAX_VALUE ? 0 : best;
    }

    /**
     * Where a measured (PDF) line stands, in 3-point steps: a running header or footer comes from the
     * page template and stands at the same height on every page, while a note line that happens to
     * repeat ("of the World Summit.") does not. Text without positions: nothing.
     */
    private static String position(Line line) {
        return line.layout().measured() ? "@" + Math.round(line.layout().y() / 3) : "";
    }

    /**
     * The page number at either end folded, so {@code Title 2/4} and {@code Title 3/4} are one running
     * line; other digits count, so two notes {@code 1A/HRC/24/56} and {@code 3A/HRC/26/41} are not.
     */
    private static String key(String text) {
        String folded = org.rapporteur.model.Inlines.fold(text);
        return TRAILING_NUMBER.matcher(LEADING_NUMBER.matcher(folded).replaceFirst("#")).replaceFirst("#");
    }
}
