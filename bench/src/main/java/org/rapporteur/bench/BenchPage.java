package org.rapporteur.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The pages of one benchmark PDF as they fill: body lines from the top, the page's notes and footer
 * drawn at its foot when it ends. Reference marks (superscript digits, or in Latin text digits right
 * after a letter or comma such as {@code Action,1}) are drawn small and raised, as the UN prints them.
 */
final class BenchPage {
    private static final Pattern SUPERSCRIPTS = Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+");
    // In Latin text a mark is printed right after a word or its punctuation; Chinese digits after a
    // character are dates and numbers (6月25日), so there only superscript digits are marks.
    private static final Pattern LATIN_MARK = Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+|(?<=[\\p{IsLatin},;)])\\d{1,2}(?=$|[\\s,;.])");
    private static final Pattern LEADING_MARK = Pattern.compile("^([⁰¹²³⁴⁵⁶⁷⁸⁹]+|\\d{1,2})(?= )");
    private static final float TOP = 770;
    private static final float BODY = 11;
    private static final float SMALL = 9;

    private final PDDocument doc;
    private final PDFont font;
    private final boolean chinese;
    private final List<String> notes = new ArrayList<>();
    private PDPageContentStream cs;
    private float y;
    private String footer;

    BenchPage(PDDocument doc, PDFont font, boolean chinese) {
        this.doc = doc;
        this.font = font;
        this.chinese = chinese;
    }

    /** A body line; {@code first} when it opens a paragraph (gap above, first-line indent). */
    void line(String text, boolean first) throws IOException {
        float step = first ? 24 : 16;
        if (cs == null || y - step < bottom()) {
            endPage();
            cs = new PDPageContentStream(doc, newPage());
            y = TOP + step;
        }
        y -= step;
        draw(text, first ? (chinese ? 93 : 107) : 71, y, BODY, chinese ? SUPERSCRIPTS : LATIN_MARK);
    }

    /** A note line, drawn at the foot of the current page. */
    void note(String text) {
        notes.add(text);
    }

    void footer(String text) {
        footer = text;
    }

    /** Draws the page's notes and footer and closes it; the next line starts a new page. */
    void endPage() throws IOException {
        if (cs == null) {
            return;
        }
        float ny = 60 + notes.size() * 12;
        if (!notes.isEmpty()) {
            cs.moveTo(71, ny + 6);
            cs.lineTo(71 + 144, ny + 6);
            cs.stroke();
        }
        for (String n : notes) {
            ny -= 12;
            draw(n, 71, ny, SMALL, LEADING_MARK);
        }
        if (footer != null) {
            draw(footer.replaceAll("\\s+", "   "), 71, 32, SMALL - 1, null);
        }
        cs.close();
        cs = null;
        notes.clear();
        footer = null;
    }

    private float bottom() {
        return 66 + notes.size() * 12 + (notes.isEmpty() ? 0 : 12);
    }

    private PDPage newPage() {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        return page;
    }

    /** Draws {@code text} with what {@code marks} matches small and raised. */
    private void draw(String text, float x, float baseline, float size, Pattern marks) throws IOException {
        cs.beginText();
        cs.newLineAtOffset(x, baseline);
        int at = 0;
        Matcher m = marks == null ? null : marks.matcher(text);
        while (m != null && m.find()) {
            show(text.substring(at, m.start()), size, 0);
            show(plain(m.group(m.groupCount() > 0 && m.group(1) != null ? 1 : 0)), size * 0.6f, size * 0.35f);
            at = m.end();
        }
        show(text.substring(at), size, 0);
        cs.endText();
    }

    private void show(String s, float size, float rise) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        cs.setFont(font, size);
        cs.setTextRise(rise);
        cs.showText(s);
    }

    /** Superscript digits as plain ones: the fonts have none, and a raised small digit is what the UN prints. */
    static String plain(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int d = "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c);
            sb.append(d >= 0 ? (char) ('0' + d) : c);
        }
        return sb.toString();
    }
}
