package org.rapporteur.model;

/**
 * What the page layout says about a line, as faithfully as the reader could see it. Made with
 * {@link #text} or {@link #pdf} and the builder's named facts, or as a {@link #rule}.
 *
 * @param source     where the line was read: plain text (no measures) or a PDF page (measured in points)
 * @param x          left edge in points (PDF) or leading spaces (text)
 * @param y          baseline in points from the page top (PDF) or the line's index on its page (text)
 * @param fontSize   font size in points (PDF); 0 for text
 * @param indent     first-line indent cue: leading spaces in text, ems beyond the text column in PDF
 * @param breakBefore the layout shows a paragraph boundary before this line: a blank line or a first-line
 *                   indent in text, a vertical gap or an indent in PDF
 * @param rule       the line is a horizontal rule, such as the separator above footnotes, or a cut a stage
 *                   marks where it took lines out (see {@link #rule})
 * @param endsWithSpace the source line ended with a space (pdftotext marks paragraph ends this way)
 * @param slack      the room left between a measured line's end and the text column's edge, in ems; 0 unknown
 */
public record LineLayout(Source source, double x, double y, double fontSize, int indent, boolean breakBefore,
                         boolean rule, boolean endsWithSpace, double slack) {
    /** Where a line was read. */
    public enum Source {
        /** Plain text: indents in spaces, no sizes. */
        TEXT,
        /** A PDF page: positions and sizes in points. */
        PDF
    }

    public LineLayout {
        java.util.Objects.requireNonNull(source, "source");
    }

    /** A text line with no layout cue at all. */
    public static final LineLayout NONE = text(0, 0).build();
    /** How many ems in from the margin a measured line is set apart: right-aligned, centred, not wrapped text. */
    public static final int SET_APART = 8;

    /** A line of plain text at {@code x} leading spaces, line {@code y} of its page. */
    public static Builder text(double x, double y) {
        return new Builder(Source.TEXT, x, y, 0);
    }

    /** A line of a PDF page: left edge {@code x}, baseline {@code y}, font size, in points. */
    public static Builder pdf(double x, double y, double fontSize) {
        return new Builder(Source.PDF, x, y, fontSize);
    }

    /**
     * A rule: the separator above footnotes, or the cut a stage leaves where it took lines out, at the place
     * of {@code at}. Nothing goes on across it unless the text says so.
     */
    public static LineLayout rule(LineLayout at) {
        return new LineLayout(at.source, at.x, at.y, at.fontSize, 0, true, true, false, 0);
    }

    /** Whether the line was measured on a page (PDF), rather than read from text. */
    public boolean measured() {
        return source == Source.PDF;
    }

    /**
     * Whether a measured (PDF) line stands far from the margin, as a right-aligned closing date or meeting
     * does: a paragraph of its own, which nothing continues.
     */
    public boolean setApart() {
        return measured() && indent >= SET_APART;
    }

    /** The facts of one line, named. */
    public static final class Builder {
        private final Source source;
        private final double x;
        private final double y;
        private final double fontSize;
        private int indent;
        private boolean breakBefore;
        private boolean endsWithSpace;
        private double slack;

        private Builder(Source source, double x, double y, double fontSize) {
            this.source = source;
            this.x = x;
            this.y = y;
            this.fontSize = fontSize;
        }

        public Builder indent(int ems) {
            this.indent = ems;
            return this;
        }

        public Builder breakBefore(boolean breakBefore) {
            this.breakBefore = breakBefore;
            return this;
        }

        public Builder endsWithSpace(boolean endsWithSpace) {
            this.endsWithSpace = endsWithSpace;
            return this;
        }

        public Builder slack(double ems) {
            this.slack = ems;
            return this;
        }

        public LineLayout build() {
            return new LineLayout(source, x, y, fontSize, indent, breakBefore, false, endsWithSpace, slack);
        }

        /** The line as a rule (a typed separator line: {@code ____} in text). */
        public LineLayout buildRule() {
            return new LineLayout(source, x, y, fontSize, indent, breakBefore, true, endsWithSpace, slack);
        }
    }
}
