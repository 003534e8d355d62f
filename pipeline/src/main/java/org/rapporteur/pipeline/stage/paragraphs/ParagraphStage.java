package org.rapporteur.pipeline.stage.paragraphs;

import java.util.ArrayList;
import java.util.List;
import org.rapporteur.model.Block;
import org.rapporteur.model.Document;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Line;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Text;
import org.rapporteur.model.Warning;
import org.rapporteur.pipeline.text.LineJoiner;
import org.rapporteur.profile.LanguageProfile;
import org.rapporteur.pipeline.stage.Stage;
import org.rapporteur.pipeline.stage.StageContext;

/**
 * Rebuilds paragraphs from lines: wrapped lines join by script ({@link LineJoiner}); a paragraph cut by
 * a page break or a footnote block (a rule line, left by the footnote stage) goes on after the cut
 * when the text before it did not end.
 */
public final class ParagraphStage implements Stage {
    private static final java.util.regex.Pattern SPACE_RUN = java.util.regex.Pattern.compile("[ \\u00A0\\u3000]{2,}");
    @Override
    public Document apply(Document document, StageContext context) {
        List<Line> lines = document.blocks(Line.class);
        int fullWidth = ParagraphBreaks.fullWidth(lines);
        LanguageProfile profile = context.profile();
        // What follows the operative paragraphs: the closing date and meeting, an adoption note or vote in
        // brackets, and the vote's lists under their labels ("赞成：", "In favour:").
        ParagraphBreaks.Cues cues = ParagraphBreaks.Cues.of(lines, text -> profile.isDate(text)
                || profile.closing().meeting().matcher(text).find() || text.startsWith("[") || opensWithVoteLabel(profile, text), profile.openings());
        LineJoiner joiner = context.joiner();
        // (extracted text: poppler's default mode closes up compounds a line end broke)
        Compounds compounds = new Compounds(lines, joiner.lexicon());
        List<List<Inline>> paragraphs = new ArrayList<>();
        LineJoiner.Joining current = joiner.start();
        Line previous = null;
        boolean cut = false;
        // the closing date or meeting has been read: lists of names follow, each line its own
        boolean closed = false;
        // the paragraph being built opened with a point's label: "(a)", "(ii)"
        boolean inPoint = false;
        for (Line line : lines) {
            if (line.layout().rule()) {
                cut = previous != null;
                continue;
            }
            if (line.text().isBlank() && line.content().stream().allMatch(i -> i instanceof Text)) {
                continue;
            }
            boolean samePage = previous != null && previous.page() == line.page();
            boolean joins;
            if (previous == null) {
                joins = false;
            } else if (cut || !samePage) {
                String before = current.tail(ParagraphBreaks.CUT_CONTEXT);
                joins = ParagraphBreaks.continuesAcrossCut(before, previous, line, cues);
                ParagraphBreaks.doubt(before, previous, line, joins, cues).ifPresent(why -> uncertain(context, line, why));
            } else {
                // A vote label of the language ("Against:", "反对：") stands alone, whatever the layout shows.
                joins = !ParagraphBreaks.startsParagraph(previous, line, fullWidth, cues)
                        && !voteLabel(profile, line.text()) && !voteLabel(profile, previous.text());
                // (after a point, "(ii) Recommendations to States," | "and to present the report…" is the list's
                // wrap-up, no guess)
                if (!joins && !closed && !inPoint && ParagraphBreaks.doubtOnPage(previous, line, cues)) {
                    uncertain(context, line, "a paragraph taken to start after a clause, in text without indents or blank lines,");
                }
            }
            // A paragraph's number alone on its line goes on with the line after it: pdftotext's default mode
            // sets "1." and the text after its tab apart ("1." | "Reaffirms its resolution…").
            joins |= previous != null && !previous.layout().measured() && ParagraphBreaks.numberAlone(previous.text())
                    && !ParagraphBreaks.numberAlone(line.text());
            if (ParagraphBreaks.operativeNumber(line.text())) {
                cues = cues.inOperativePart();
            } else if (profile.isDate(line.text()) || profile.isMeeting(line.text())) {
                // The vote's lists after the closing lines are no operative text a page break cut.
                cues = cues.afterOperativePart();
                closed = true;
            }
            if (!joins) {
                if (!current.isEmpty()) {
                    paragraphs.add(current.inlines());
                }
                current = joiner.start();
                inPoint = ParagraphBreaks.numbered(line.text()) && !ParagraphBreaks.operativeNumber(line.text());
            }
            current.add(clean(line.layout().measured() ? line.content() : compounds.restore(line.content())));
            previous = line;
            cut = false;
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.inlines());
        }
        List<Block> out = new ArrayList<>();
        for (List<Inline> p : paragraphs) {
            out.add(new Paragraph(Inlines.strip(p)));
        }
        return document.withBlocks(out);
    }

    /** A paragraph decision at {@code line} that nothing showed, for the report: the page, why, the first words. */
    private static void uncertain(StageContext context, Line line, String why) {
        context.warnings().add(new Warning(Warning.Kind.UNCERTAIN_PARAGRAPH, "page " + line.page() + ": " + why + " at \""
                + firstWords(line.text()) + "\""));
    }

    /** The first words of a line, for a warning that says where. */
    private static String firstWords(String text) {
        String t = text.strip();
        int cut = t.length() <= 40 ? t.length() : Math.max(t.lastIndexOf(' ', 40), 20);
        return t.substring(0, Math.min(cut, t.length())) + (cut < t.length() ? "…" : "");
    }

    /** A line that is one of the language's vote labels and nothing else: {@code In favour:}, {@code 赞成：}. */
    private static boolean voteLabel(LanguageProfile profile, String text) {
        String t = text.strip();
        return t.length() <= 30 && ParagraphBreaks.label(t) && opensWithVoteLabel(profile, t);
    }

    private static boolean opensWithVoteLabel(LanguageProfile profile, String text) {
        return profile.vote().labels().stream().anyMatch(label -> text.regionMatches(true, 0, label, 0, label.length()));
    }

    /** The document's closed-up compounds, worked out when a line of extracted text first needs them. */
    private static final class Compounds {
        private final List<Line> lines;
        private final org.rapporteur.pipeline.text.Lexicon lexicon;
        private org.rapporteur.pipeline.text.ClosedCompounds closed;

        Compounds(List<Line> lines, org.rapporteur.pipeline.text.Lexicon lexicon) {
            this.lines = lines;
            this.lexicon = lexicon;
        }

        List<Inline> restore(List<Inline> content) {
            if (closed == null) {
                closed = new org.rapporteur.pipeline.text.ClosedCompounds(lines.stream().map(Line::text).toList(), lexicon);
            }
            List<Inline> out = new ArrayList<>(content.size());
            for (Inline i : content) {
                out.add(i instanceof Text t ? new Text(closed.restore(t.text())) : i);
            }
            return out;
        }
    }

    /** Whether {@code s} has two of {@link #SPACE_RUN}'s spaces in a row (most lines: no, and no pattern is run). */
    private static boolean spaceRun(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (runSpace(s.charAt(i)) && runSpace(s.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean runSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u3000';
    }

    /** Runs of white space inside a line fold to one space, as in the printed text. */
    private static List<Inline> clean(List<Inline> content) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : content) {
            out.add(i instanceof Text t && spaceRun(t.text()) ? new Text(SPACE_RUN.matcher(t.text()).replaceAll(" ")) : i);
        }
        return Inlines.normalize(out);
    }
}
