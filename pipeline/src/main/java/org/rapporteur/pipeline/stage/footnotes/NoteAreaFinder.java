package org.rapporteur.pipeline.stage.footnotes;

import static org.rapporteur.pipeline.stage.footnotes.NoteLabels.labelAlone;
import static org.rapporteur.pipeline.stage.footnotes.NoteLabels.lastLabel;
import static org.rapporteur.pipeline.stage.footnotes.NoteLabels.leadingMark;
import static org.rapporteur.pipeline.stage.footnotes.NoteLabels.notes;
import static org.rapporteur.pipeline.stage.footnotes.NoteLabels.opensWithSuperscript;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Line;
import org.rapporteur.profile.LanguageProfile;
import org.rapporteur.pipeline.text.LineJoiner;

/**
 * Finds the footnote bodies wherever the page break dropped them, in the shapes the readers leave:
 * <ul>
 * <li>after a separator rule ({@link RuleArea});</li>
 * <li>without a rule: a run of lines each opening with a superscript mark ({@code ¹ A/CONF.157/24…});</li>
 * <li>poppler's columns of numbers and texts at a page's end ({@link LabelColumn});</li>
 * <li>a numbered block at a page's foot, or numbers glued to their texts ({@link PageEndBlock}).</li>
 * </ul>
 */
final class NoteAreaFinder {
    /** Where the body resumes after a footnote area in spaced text: two leading spaces. */
    static final int BODY_INDENT = 2;

    private final RuleArea rule;
    private final LabelColumn column;
    private final PageEndBlock block;

    /** {@code profile}: the document's language, whose closing lines ({@code 1 December 2023}) are no notes. */
    NoteAreaFinder(LineJoiner joiner, LanguageProfile profile) {
        // A closing date's day reads like a note number; the meeting, which most languages print first,
        // comes right after the last page's notes.
        Predicate<String> closing = text -> profile.isDate(text) || profile.isMeeting(text);
        this.rule = new RuleArea(joiner, closing);
        this.column = new LabelColumn(joiner);
        this.block = new PageEndBlock(joiner, closing, NoteLabels.notANote(profile));
    }

    List<NoteArea> find(List<Line> lines) {
        List<NoteArea> areas = new ArrayList<>();
        float body = bodySize(lines);
        boolean pages = !lines.isEmpty() && lines.get(lines.size() - 1).page() > 1;
        int i = 0;
        // the notes at the end of the current page, numbers and texts interleaved, once the walk reaches them
        NoteArea pageEnd = null;
        while (i < lines.size()) {
            Line line = lines.get(i);
            NoteArea area = null;
            if (pages && !line.layout().measured() && (i == 0 || lines.get(i - 1).page() != line.page())) {
                pageEnd = interleavedAtPageEnd(lines, i, areas);
            }
            if (pageEnd != null && pageEnd.start() == i) {
                area = pageEnd;
            } else if (line.layout().rule()) {
                int start = rule.continuePreviousNote(lines, i + 1, line.page(), areas);
                area = rule.notesFrom(lines, start, line.page(), lastLabel(areas));
                if (area.notes().isEmpty() && start > i + 1) {
                    area = new NoteArea(i + 1, start, line.page(), List.of());
                    areas.add(area);
                    i = start;
                    continue;
                }
                area = new NoteArea(i + 1, area.end(), area.page(), area.notes());
            } else if (opensWithSuperscript(line) && !bodySized(line, body)) {
                area = superscriptRun(lines, i);
            } else if (pages && labelAlone(line) && (area = column.find(lines, i, lastLabel(areas))) != null) {
                // the page's notes as poppler sets them; area holds them
            } else if (line.layout().breakBefore()) {
                area = block.numbered(lines, i, lastLabel(areas));
            } else if (startsWithDigit(line.text().strip())) {
                area = block.glued(lines, i, lastLabel(areas));
            }
            if (area != null && !area.notes().isEmpty()) {
                areas.add(area);
                i = area.end();
            } else {
                i++;
            }
        }
        return areas;
    }

    /**
     * Where the page that starts at {@code first} ends with its notes interleaved (see
     * {@link LabelColumn#interleaved}): that area, numbered after the notes found before the page; else null.
     * The body text above the area is walked through first.
     */
    private NoteArea interleavedAtPageEnd(List<Line> lines, int first, List<NoteArea> areas) {
        int end = first;
        while (end < lines.size() && lines.get(end).page() == lines.get(first).page()) {
            end++;
        }
        return column.interleaved(lines, end, lastLabel(areas));
    }

    /**
     * A measured line (PDF) at the body's size is body text even when it opens with a raised mark: the
     * mark of the line above, wrapped to this one ("…的成果文件，| ⁵ 其中强调…"). Notes are set smaller.
     */
    private static boolean bodySized(Line line, float body) {
        return line.layout().measured() && body > 0 && line.layout().fontSize() >= 0.95f * body;
    }

    /** The font size of most measured text, 0 for plain text. */
    private static float bodySize(List<Line> lines) {
        java.util.Map<Double, Integer> chars = new java.util.HashMap<>();
        for (Line l : lines) {
            if (l.layout().measured()) {
                chars.merge(l.layout().fontSize(), l.text().length(), Integer::sum);
            }
        }
        return chars.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(e -> e.getKey().floatValue()).orElse(0f);
    }

    private static boolean startsWithDigit(String text) {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    /** Clean extraction: a run of lines, each a superscript mark and the note's text. */
    private static NoteArea superscriptRun(List<Line> lines, int start) {
        List<String> labels = new ArrayList<>();
        List<List<Inline>> bodies = new ArrayList<>();
        int i = start;
        while (i < lines.size() && opensWithSuperscript(lines.get(i))) {
            Line line = lines.get(i);
            labels.add(leadingMark(line));
            bodies.add(Inlines.strip(line.content().subList(1, line.content().size())));
            i++;
        }
        return new NoteArea(start, i, lines.get(start).page(), notes(labels, bodies));
    }
}
