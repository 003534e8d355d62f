package org.rapporteur.model;

/**
 * What the page layout says about a line, as faithfully as the reader could see it.
 *
 * @param x          left edge in points (PDF) or leading spaces (text)
 * @param y          baseline in points from the page top (PDF) or the line's index on its page (text)
 * @param fontSize   font size in points, 0 where unknown (text input)
 * @param indent     first-line indent cue: leading spaces in text, ems beyond the text column in PDF
 * @param breakBefore the layout shows a paragraph boundary before this line: a blank line or a first-line
 *                   indent in text, a vertical gap or an indent in PDF
 * @param rule       the line is a horizontal rule, such as the separator above footnotes
 * @param endsWithSpace the source line ended with a space (pdftotext marks paragraph ends this way)
 * @param slack      the room left between a measured line's end and the text column's edge, in ems; 0 unknown
 */
public record LineLayout(double x, double y, double fontSize, int indent, boolean breakBefore, boolean rule,
                         boolean endsWithSpace, double slack) {
    /** A layout without a measured line end. */
    public LineLayout(double x, double y, double fontSize, int indent, boolean breakBefore, boolean rule,
                      boolean endsWithSpace) {
        this(x, y, fontSize, indent, breakBefore, rule, endsWithSpace, 0);
    }

    public static final LineLayout NONE = new LineLayout(0, 0, 0, 0, false, false, false);
    /** How many ems in from the margin a measured line is set apart: right-aligned, centred, not wrapped text. */
    public static final int SET_APART = 8;

    /**
     * Whether a measured (PDF) line stands far from the margin, as a right-aligned closing date or meeting
     * does: a paragraph of its own, which nothing continues.
     */
    public boolean setApart() {
        return fontSize > 0 && indent >= SET_APART;
    }
}
