package org.rapporteur.format.pdf.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rapporteur.model.Line;
import org.rapporteur.model.LineLayout;
import org.rapporteur.profile.PageFurniture;
import org.rapporteur.profile.Profiles;

/**
 * From PDFBox lines to the model's lines with their layout cues: the body text's size and left margin,
 * a first-line indent or a vertical gap as a paragraph boundary, and a rule line where the smaller-font
 * block at a page's bottom (its footnotes) begins.
 */
public final class LineAssembler {
    /** A line this much higher than the usual pitch above it starts a paragraph. */
    private static final float GAP = 1.2f;
    /** Text this much smaller than the body is footnote text. */
    private static final float SMALL = 0.85f;
    /** A job number ({@code 23-23443}) or page count ({@code 2/9}) marks the footer line. */
    /** A job number anywhere in a line, or a page count alone: the first page's footer (shared.yaml). */
    private static final java.util.regex.Pattern FOOTER = java.util.regex.Pattern.compile(
            Profiles.shared().jobNumber().pattern() + "|^\\s*(?:" + Profiles.shared().pageOfCount().pattern() + ")\\s*$");

    /** A line of underscores or dashes alone, typed where a rule would be drawn. */
    private static final java.util.regex.Pattern TYPED_RULE = java.util.regex.Pattern.compile("\\s*[_\u2500-]{5,}\\s*");

    private LineAssembler() {
    }

    public static List<Line> assemble(List<PdfLine> pdf) {
        return assemble(pdf, Map.of());
    }

    /** {@code rules}: the horizontal rules drawn on each page (see {@link LayoutStripper}), by page number. */
    public static List<Line> assemble(List<PdfLine> pdf, Map<Integer, List<float[]>> rules) {
        return assemble(pdf, rules, BidiOrder.rightToLeft(pdf.stream().flatMap(l -> l.glyphs().stream()).toList()));
    }

    /** {@code rtl}: the document reads right to left (see {@link BidiOrder#rightToLeft}). */
    public static List<Line> assemble(List<PdfLine> pdf, Map<Integer, List<float[]>> rules, boolean rtl) {
        float body = bodySize(pdf);
        Map<Integer, List<PdfLine>> pages = new HashMap<>();
        pdf.forEach(l -> pages.computeIfAbsent(l.page(), p -> new ArrayList<>()).add(l));
        List<Line> out = new ArrayList<>();
        float usual = margin(pdf, body);
        float usualRight = rightMargin(pdf, body);
        float pitch = pitch(pdf, body);
        Indents indents = new Indents(usual, usualRight, body, rtl, pitch, firstLineIndents(pdf, usual, usualRight, body, rtl, pitch),
                ragged(pdf, usual, usualRight, body, rtl, pitch));
        for (int page : pages.keySet().stream().sorted().toList()) {
            page(pages.get(page), indents, separator(pages.get(page), rules.getOrDefault(page, List.of()), body), out);
        }
        return out;
    }

    /**
     * The document's margins, body size, direction and line pitch, and the indents (in ems) its paragraphs
     * use as first-line indents: there a full line is followed by one back at the margin.
     */
    private record Indents(float usual, float usualRight, float body, boolean rtl, float pitch, java.util.Set<Integer> firstLine,
                           boolean ragged) {
    }

    /**
     * Whether the document is set ragged-right: of its body lines that a line at the margin continues (lines
     * inside paragraphs), fewer than half end at the common right edge, where justified text ends nearly all.
     * Five such lines at least; left-to-right text only.
     */
    private static boolean ragged(List<PdfLine> pdf, float usual, float usualRight, float body, boolean rtl, float pitch) {
        if (rtl) {
            return false;
        }
        int inside = 0;
        int atEdge = 0;
        for (int i = 1; i < pdf.size(); i++) {
            PdfLine a = pdf.get(i - 1);
            PdfLine b = pdf.get(i);
            if (a.page() == b.page() && Math.abs(a.bodySize() - body) < 1f && Math.abs(b.bodySize() - body) < 1f
                    && Math.abs(b.left() - usual) < 1 && b.baseline() > a.baseline() && b.baseline() - a.baseline() < 1.3f * pitch) {
                inside++;
                atEdge += Math.abs(a.right() - usualRight) < 1 ? 1 : 0;
            }
        }
        return inside >= 5 && atEdge * 2 < inside;
    }

    /**
     * In a document that sets its paragraphs apart by their first-line indent alone, no space between them:
     * the indents at which a full body line is followed by a body line at the margin somewhere. Paragraphs
     * that open there are first-line indented, so a line at that indent after a full one opens another
     * paragraph rather than going on with an indented block. Where paragraphs are set apart by space too,
     * a line at the indent of a full line above it without space between goes on with it (an indented
     * block, as LibreOffice sets sub-paragraphs, at the very indent of the first lines): empty.
     */
    private static java.util.Set<Integer> firstLineIndents(List<PdfLine> pdf, float usual, float usualRight, float body,
                                                          boolean rtl, float pitch) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        int starts = 0;
        int apart = 0;
        for (int i = 1; i < pdf.size(); i++) {
            PdfLine a = pdf.get(i - 1);
            PdfLine b = pdf.get(i);
            if (a.page() != b.page() || Math.abs(a.bodySize() - body) >= 1f || Math.abs(b.bodySize() - body) >= 1f) {
                continue;
            }
            int indentA = Math.round(inset(a, usual, usualRight, rtl) / body);
            int indentB = Math.round(inset(b, usual, usualRight, rtl) / body);
            boolean full = rtl ? a.left() <= usual + 3 * body : a.right() >= usualRight - 3 * body;
            if (indentA >= 1 && indentA < LineLayout.SET_APART && indentB == 0 && full) {
                out.add(indentA);
            }
            if (indentB >= 1 && indentB < LineLayout.SET_APART) {
                starts++;
                apart += b.baseline() - a.baseline() > GAP * pitch ? 1 : 0;
            }
        }
        return apart * 2 >= starts ? java.util.Set.of() : out;
    }

    private static void page(List<PdfLine> lines, Indents indents, float separator, List<Line> out) {
        float body = indents.body();
        float usual = indents.usual();
        float usualRight = indents.usualRight();
        boolean rtl = indents.rtl();
        float rightmost = (float) lines.stream().filter(l -> Math.abs(l.bodySize() - body) < 1f)
                .mapToDouble(PdfLine::right).max().orElse(usualRight);
        float rightMargin = rightmost >= usualRight - 2 ? rightmost : usualRight;
        // The page's margin, unless the page has none as far left as the document's usual margin (a page of
        // one-line indented paragraphs, or of right-aligned closing lines).
        float found = pageMargin(lines, body, usualRight, rtl, indents.pitch());
        float margin = found > 0 && found <= usual + 2 ? found : usual;
        // A page of short paragraphs (a voting record, one-line operative paragraphs) has more gaps between
        // paragraphs than lines within one: the document's pitch is the truer one there. Lines set apart (the
        // closing meeting and date, set closer than the body on a last page) say nothing of the body's pitch.
        List<PdfLine> atMargin = lines.stream()
                .filter(l -> Math.round(inset(l, margin, rightMargin, rtl) / body) < LineLayout.SET_APART).toList();
        float pitch = Math.min(pitch(atMargin, body), indents.pitch());
        int lastBody = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).bodySize() >= SMALL * body) {
                lastBody = i;
            }
        }
        // Gaps and size changes are measured against the previous line of the same kind: a body line
        // against body lines, a note line against note lines; the small running header above the first
        // body line of a page says nothing about paragraphs.
        PdfLine previousBody = null;
        PdfLine previousSmall = null;
        boolean bodySeen = false;
        for (int i = 0; i < lines.size(); i++) {
            PdfLine l = lines.get(i);
            float size = l.bodySize();
            if (TYPED_RULE.matcher(l.text()).matches()) {
                // The footnote separator New York types as a line of underscores: a rule, never text.
                out.add(new Line(l.page(), List.of(), LineLayout.rule(LineLayout.pdf(l.left(), l.baseline(), size).build())));
                continue;
            }
            boolean small = size < SMALL * body;
            boolean belowRule = separator > 0 && l.baseline() > separator && (i == 0 || lines.get(i - 1).baseline() < separator);
            if (belowRule || (i == lastBody + 1 && lastBody >= 0 && small && !(separator > 0 && l.baseline() > separator))) {
                out.add(new Line(l.page(), List.of(), LineLayout.rule(LineLayout.pdf(margin, l.baseline() - size, size).build())));
            }
            PdfLine previous = small ? previousSmall : previousBody;
            // Right-to-left paragraphs are indented, and end short, at the right.
            float offset = inset(l, margin, rightMargin, rtl);
            int indent = Math.max(0, Math.round(offset / size));
            // (above a page's first body line, only from a line of the same size: a running header set smaller
            // says nothing of the body's gaps)
            boolean header = !bodySeen && previous != null && Math.abs(previous.bodySize() - size) >= 0.5f;
            boolean gap = previous != null && l.baseline() - previous.baseline() > GAP * (small ? size * 1.6f : pitch)
                    && !header;
            boolean sizeChange = previous != null && Math.abs(previous.bodySize() - size) > 1f;
            // A line at the indent of a full line above it goes on with its paragraph: a word processor
            // indents a whole sub-paragraph ("(a) To formulate…" and every line after it), while a new
            // paragraph with a first-line indent follows the previous paragraph's last line, at the margin.
            // The line above is taken as wrapped when it is full, or, in a document set ragged-right, when it
            // stopped short only because this line's first word would not have fitted after it ("…in
            // cooperation with the" | "administering Power…") and did not end a sentence there. (In justified
            // text a short line ended its paragraph: a list of names, one a line.)
            boolean sameBlock = previous != null && !small && indent >= 1 && !gap && !indents.firstLine().contains(indent)
                    && (rtl ? Math.abs(l.right() - previous.right()) < 1 && previous.left() <= margin + 3 * size
                            : Math.abs(l.left() - previous.left()) < 1 && (previous.right() >= rightMargin - 3 * size
                            || indents.ragged() && wrappedShort(previous, l, margin, rightMargin)));
            // A line set apart far from the margin (a right-aligned closing date or meeting, a centred line)
            // is a paragraph of its own: text back at the margin after it starts another.
            // (a running header set smaller at the right, alternating sides in Word's layout, is no such line)
            boolean afterDisplayed = previous != null && !small && indent == 0
                    && Math.round(inset(previous, margin, rightMargin, rtl) / size) >= LineLayout.SET_APART && !header;
            // A line at the text of a labelled line above it ("•", "(a)" and a tab) goes on with that item: a
            // hanging indent.
            boolean hanging = previous != null && !gap && !rtl && Math.abs(l.left() - textStart(previous)) < 1
                    && textStart(previous) > previous.left() + 1;
            // A page's first line starts a paragraph only by its own indent: the page break says nothing.
            boolean breakBefore = (indent >= 1 && !sameBlock && !hanging) || gap || sizeChange || afterDisplayed;
            // In an Arabic document the notes at a page foot are right-to-left paragraphs, also when a note is
            // only "A/78/L.9." or English; the job-number footer there is not.
            boolean rtlNote = rtl && small && i > lastBody && !FOOTER.matcher(l.text()).find();
            // A short line of only Latin letters and digits set against the right margin of an Arabic
            // document ("27 November 2023" in the masthead) is a right-to-left paragraph too: drawn as
            // "November 2023 27", it reads back in order.
            boolean rtlLine = rtl && !BidiOrder.hasRtl(l.text()) && l.right() >= rightMargin - 2
                    && l.left() > margin + 2 * size && !FOOTER.matcher(l.text()).find();
            out.add(new Line(l.page(), GlyphInlines.of(l, rtl, rtlLine, rtlNote),
                    LineLayout.pdf(l.left(), l.baseline(), size).indent(indent).breakBefore(breakBefore)
                            .slack((rtl ? l.left() - margin : rightMargin - l.right()) / size).build()));
            if (l.text().isBlank() || PageFurniture.isFurniture(org.rapporteur.model.Inlines.fold(l.text()))) {
                // a line of blank glyphs (a tab, an empty paragraph) or page furniture (a running "Page 2", the
                // symbol) is no neighbour a paragraph gap could be measured from
                continue;
            }
            bodySeen |= Math.abs(size - body) < 0.5f;
            if (small) {
                previousSmall = l;
            } else {
                previousBody = l;
            }
        }
    }

    /**
     * Whether {@code previous}, ending short of {@code rightMargin}, ends there because {@code line}'s first
     * word would not have fitted after it with a space, and not at the end of a sentence or clause, in a
     * column from {@code margin} to {@code rightMargin}.
     */
    private static boolean wrappedShort(PdfLine previous, PdfLine line, float margin, float rightMargin) {
        int before = lastBodyCharacter(previous);
        int end = lastBodyCharacter(line);
        if (before < 0 || ".;:".indexOf(before) >= 0 || end < 0) {
            return false;
        }
        // and the line itself reads as a paragraph's: it runs on towards the edge, or it ends the paragraph
        // with its punctuation (a list of names, one a line, neither does: "…Северной Ирландии" | "Финляндия")
        boolean runsOn = line.right() >= rightMargin - 0.3f * (rightMargin - margin);
        if (!runsOn && ".;:,".indexOf(end) < 0) {
            return false;
        }
        float space = previous.drawnSpace() > 0 ? previous.drawnSpace() : 0.25f * previous.bodySize();
        return rightMargin - previous.right() < line.firstWordWidth() + space;
    }

    /** The line's last character in body size (not a raised reference mark after it), or -1. */
    private static int lastBodyCharacter(PdfLine l) {
        List<Glyph> gs = l.glyphs();
        for (int i = gs.size() - 1; i >= 0; i--) {
            Glyph g = gs.get(i);
            String t = g.text().strip();
            if (!t.isEmpty() && g.size() >= SMALL * l.bodySize()) {
                return t.codePointBefore(t.length());
            }
        }
        return -1;
    }

    /** A label set before its text with a tab: a bullet, a dash, (a), a), (iv), 1. */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
            "[\u2022\u25aa\u25e6\u00b7\u2013\u2014-]|\\(?[a-z0-9]{1,4}[.)]");

    /**
     * Where a line's text starts after a label set apart by a tab ({@code •}, {@code (a)}): there its
     * following lines hang. The line's left edge where it has no such label.
     */
    static float textStart(PdfLine l) {
        List<Glyph> gs = l.glyphs();
        int first = 0;
        while (first < gs.size() && gs.get(first).text().isBlank()) {
            first++;
        }
        StringBuilder label = new StringBuilder();
        for (int k = first; k < gs.size() && k < first + 5; k++) {
            Glyph g = gs.get(k);
            if (g.text().isBlank() || k > first && g.x() - (gs.get(k - 1).x() + gs.get(k - 1).width()) > 0.3f * l.bodySize()) {
                int next = k;
                while (next < gs.size() && gs.get(next).text().isBlank()) {
                    next++;
                }
                Glyph end = gs.get(k - 1);
                boolean tab = next < gs.size() && gs.get(next).x() - (end.x() + end.width()) > 0.35f * l.bodySize();
                return tab && LABEL.matcher(label).matches() ? gs.get(next).x() : l.left();
            }
            label.append(g.text());
        }
        return l.left();
    }

    /**
     * Where a page's text column starts: the left edge most lines that go on from a full line start at (the
     * lines inside paragraphs), where three or more do; otherwise the leftmost body line. Not simply the
     * leftmost line: a Geneva masthead ("Fifty-ninth session") or the job number may stand left of the
     * text; page furniture and blank lines never count.
     */
    private static float pageMargin(List<PdfLine> lines, float body, float rightMargin, boolean rtl, float pitch) {
        List<PdfLine> text = lines.stream().filter(l -> Math.abs(l.bodySize() - body) < 1f && !l.text().isBlank()
                && !PageFurniture.isFurniture(org.rapporteur.model.Inlines.fold(l.text()))).toList();
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 1; i < text.size() && !rtl; i++) {
            PdfLine a = text.get(i - 1);
            PdfLine b = text.get(i);
            if (a.right() >= rightMargin - 3 * body && b.baseline() > a.baseline() && b.baseline() - a.baseline() < 1.6f * pitch) {
                counts.merge(Math.round(b.left()), 1, Integer::sum);
            }
        }
        var mode = counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.<Integer, Integer>comparingByKey().reversed()));
        if (mode.isPresent() && mode.get().getValue() >= 3) {
            return mode.get().getKey();
        }
        return (float) text.stream().mapToDouble(PdfLine::left).min().orElse(0);
    }

    /** How far a line starts in from its margin: the left one, or the right one in right-to-left text. */
    private static float inset(PdfLine l, float margin, float rightMargin, boolean rtl) {
        return rtl ? rightMargin - l.right() : l.left() - margin;
    }

    /**
     * The footnote separator of a page: a drawn horizontal rule with body text above it and lines below,
     * shorter than the text width and clear of any line's baseline (an underline is not a separator).
     * Its height from the page top, or 0 when the page has none.
     */
    private static float separator(List<PdfLine> lines, List<float[]> rules, float body) {
        float best = 0;
        for (float[] r : rules) {
            float top = r[0];
            boolean textAbove = lines.stream().anyMatch(l -> l.baseline() < top - body && Math.abs(l.bodySize() - body) < 1f);
            boolean linesBelow = lines.stream().anyMatch(l -> l.baseline() > top + 2);
            // (a line of blank glyphs, such as the tab Word sets on the separator's own line, underlines nothing)
            boolean underline = lines.stream().anyMatch(l -> Math.abs(l.baseline() - top) < 4 && !l.text().isBlank());
            float textWidth = (float) lines.stream().mapToDouble(l -> l.right() - l.left()).max().orElse(0);
            // The lowest such rule: a short rule closing the text (Word's end-of-document line) stands above it.
            if (textAbove && linesBelow && !underline && r[2] - r[1] < textWidth * 0.75f && (best == 0 || top > best)
                    && top > lines.get(0).baseline()) {
                best = top;
            }
        }
        return best;
    }

    /** The font size most characters of the document have. */
    static float bodySize(List<PdfLine> lines) {
        Map<Float, Integer> counts = new HashMap<>();
        lines.forEach(l -> counts.merge(l.bodySize(), l.glyphs().size(), Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(10f);
    }

    /** The left edge most body lines start at; ties go left (indented first lines are the fewer). */
    private static float margin(List<PdfLine> lines, float body) {
        return commonEdge(lines, body, PdfLine::left, true);
    }

    /** The right edge most body lines end at: the margin right-to-left paragraphs are indented from. */
    private static float rightMargin(List<PdfLine> lines, float body) {
        return commonEdge(lines, body, PdfLine::right, false);
    }

    private static float commonEdge(List<PdfLine> lines, float body, java.util.function.ToDoubleFunction<PdfLine> edge,
                                    boolean tiesToSmaller) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (PdfLine l : lines) {
            if (Math.abs(l.bodySize() - body) < 1f) {
                counts.merge((int) Math.round(edge.applyAsDouble(l)), 1, Integer::sum);
            }
        }
        java.util.Comparator<Map.Entry<Integer, Integer>> byKey = Map.Entry.comparingByKey();
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(tiesToSmaller ? byKey.reversed() : byKey))
                .map(e -> (float) e.getKey()).orElse(0f);
    }

    /** The usual distance between consecutive body lines of the page. */
    private static float pitch(List<PdfLine> lines, float body) {
        List<Float> d = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            PdfLine a = lines.get(i - 1);
            PdfLine b = lines.get(i);
            if (Math.abs(a.bodySize() - body) < 1f && Math.abs(b.bodySize() - body) < 1f) {
                float delta = b.baseline() - a.baseline();
                if (delta > 0) {
                    d.add(delta);
                }
            }
        }
        if (d.isEmpty()) {
            return body * 1.4f;
        }
        Float[] sorted = d.toArray(new Float[0]);
        Arrays.sort(sorted);
        // The lower quartile: within a paragraph lines are closest together.
        return sorted[sorted.length / 4];
    }
}
