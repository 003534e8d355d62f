package org.rapporteur.format.docx.internal;

import java.util.EnumMap;
import java.util.Map;
import org.rapporteur.model.Language;
import org.rapporteur.model.Script;

/**
 * The paragraph and character styles of a resolution, so that the document is formatted by styles and
 * not by direct formatting. The document rests on Word's built-in styles, under their built-in names, so
 * Word knows them: {@code Normal} (every other style is based on it), {@code Title} and {@code Heading 1}
 * to {@code 3} with outline levels (Word's navigation pane, and the bookmarks of a PDF exported from it),
 * {@code footnote text}, {@code footnote reference}, {@code header}, {@code footer}. The UN look is kept
 * through them: indents follow UN documents (preambular and operative paragraphs have a first-line indent;
 * the closing date and meeting are right-aligned). The part differs only by language: it is written once
 * per language and kept.
 */
public final class DocxStyles {
    public static final String NORMAL = "Normal";
    /** The resolution's number and title; outline level 0, so the navigation pane lists it. */
    public static final String TITLE = "Title";
    public static final String HEADING_1 = "Heading1";
    public static final String HEADING_2 = "Heading2";
    public static final String HEADING_3 = "Heading3";
    public static final String MASTHEAD = "Masthead";
    public static final String FORMULA = "EnactingFormula";
    public static final String PREAMBULAR = "Preambular";
    public static final String OPERATIVE = "Operative";
    public static final String SUB_PARAGRAPH = "SubParagraph";
    /** A point of a point: "(i)" under "(b)". */
    public static final String SUB_PARAGRAPH_2 = "SubParagraph2";
    public static final String BODY = "BodyText";
    /** A section heading inside the text ("Arms embargo"): Word's Heading 1. */
    public static final String HEADING = HEADING_1;
    public static final String CLOSING = "Closing";
    public static final String ADOPTION_NOTE = "AdoptionNote";
    public static final String VOTE = "Vote";
    public static final String VOTE_MEMBER = "VoteMember";
    public static final String FOOTNOTE_TEXT = "FootnoteText";
    public static final String FOOTNOTE_REFERENCE = "FootnoteReference";
    public static final String HEADER = "Header";
    public static final String FOOTER = "Footer";
    private static final String DEFAULT_FONT = "DefaultParagraphFont";
    private static final int FIRST_LINE = 720;
    private static final String TIMES = "Times New Roman";

    private static final Map<Language, String> PARTS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            PARTS.put(language, write(language));
        }
    }

    private DocxStyles() {
    }

    /** {@code word/styles.xml} for a document in {@code language}. */
    public static String part(Language language) {
        return PARTS.get(language);
    }

    private static String write(Language language) {
        StringBuilder s = new StringBuilder(8192).append(DocxParts.XML_DECLARATION)
                .append("<w:styles xmlns:w=\"").append(DocxParts.W).append("\">");
        // The document's language, for spelling; the fonts, with one for Arabic and one for Han letters
        String locale = language.locale();
        s.append("<w:docDefaults><w:rPrDefault><w:rPr><w:lang");
        WordXml.attr(s, "w:val", locale);
        WordXml.attr(s, "w:bidi", locale);
        if (language.script() == Script.HAN) {
            WordXml.attr(s, "w:eastAsia", locale);
        }
        s.append("/><w:rFonts");
        WordXml.attr(s, "w:ascii", TIMES);
        WordXml.attr(s, "w:hAnsi", TIMES);
        WordXml.attr(s, "w:cs", language == Language.ARABIC ? "Arial" : TIMES);
        WordXml.attr(s, "w:eastAsia", language == Language.JAPANESE ? "MS Mincho" : "SimSun");
        s.append("/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>");

        // Word's Normal, the default paragraph style all others rest on, and its default character style
        s.append("<w:style w:styleId=\"Normal\" w:type=\"paragraph\" w:default=\"on\"><w:name w:val=\"Normal\"/><w:qFormat/>")
                .append("<w:rPr><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr></w:style>")
                .append("<w:style w:styleId=\"").append(DEFAULT_FONT).append("\" w:type=\"character\" w:default=\"on\">")
                .append("<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>");

        paragraph(s, TITLE, "Title", 0, 0, "left", true, 28, 240, 0);
        paragraph(s, HEADING_1, "heading 1", 0, 0, "left", true, 24, 120, 0);
        paragraph(s, HEADING_2, "heading 2", 0, 0, "left", true, 24, 120, 1);
        paragraph(s, HEADING_3, "heading 3", 0, 0, "left", false, 24, 120, 2);
        paragraph(s, MASTHEAD, "Masthead", 0, 0, "left", false, 20, 60, null);
        paragraph(s, FORMULA, "Enacting Formula", FIRST_LINE, 0, "left", false, 24, 120, null);
        paragraph(s, PREAMBULAR, "Preambular Paragraph", FIRST_LINE, 0, "both", false, 24, 120, null);
        paragraph(s, OPERATIVE, "Operative Paragraph", FIRST_LINE, 0, "both", false, 24, 120, null);
        paragraph(s, SUB_PARAGRAPH, "Sub-paragraph", 0, FIRST_LINE, "both", false, 24, 120, null);
        paragraph(s, SUB_PARAGRAPH_2, "Sub-paragraph 2", 0, FIRST_LINE * 2, "both", false, 24, 120, null);
        paragraph(s, BODY, "Body Text", 0, 0, "left", false, 24, 120, null);
        paragraph(s, CLOSING, "Closing", 0, 0, "right", false, 24, 0, null);
        paragraph(s, ADOPTION_NOTE, "Adoption Note", FIRST_LINE, 0, "left", false, 24, 120, null);
        paragraph(s, VOTE, "Vote", FIRST_LINE, 0, "left", false, 24, 120, null);
        paragraph(s, VOTE_MEMBER, "Vote Member", 0, FIRST_LINE * 2, "left", false, 24, 0, null);
        paragraph(s, FOOTNOTE_TEXT, "footnote text", 0, 0, "left", false, 18, 0, null);
        paragraph(s, HEADER, "header", 0, 0, "right", false, 18, 0, null);
        paragraph(s, FOOTER, "footer", 0, 0, "center", false, 18, 0, null);

        s.append("<w:style w:styleId=\"").append(FOOTNOTE_REFERENCE).append("\" w:type=\"character\">")
                .append("<w:name w:val=\"footnote reference\"/><w:basedOn w:val=\"").append(DEFAULT_FONT).append("\"/>")
                .append("<w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>");
        return s.append("</w:styles>").toString();
    }

    /** A paragraph style based on Normal, at outline level {@code outline} (null: body text). */
    private static void paragraph(StringBuilder s, String id, String name, int firstLine, int left, String jc,
                                  boolean bold, int halfPoints, int after, Integer outline) {
        s.append("<w:style w:styleId=\"").append(id).append("\" w:type=\"paragraph\"><w:name w:val=\"").append(name)
                .append("\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>")
                .append("<w:pPr><w:spacing w:after=\"").append(after).append("\"/><w:ind w:firstLine=\"").append(firstLine).append('"');
        if (left > 0) {
            s.append(" w:left=\"").append(left).append('"');
        }
        s.append("/><w:jc w:val=\"").append(jc).append("\"/>");
        if (outline != null) {
            s.append("<w:outlineLvl w:val=\"").append(outline).append("\"/>");
        }
        s.append("</w:pPr><w:rPr>");
        // Word sizes and weights complex-script letters (Arabic) by the -Cs twins alone: without them an
        // Arabic title is neither bold nor large
        if (bold) {
            s.append("<w:b/><w:bCs/>");
        }
        s.append("<w:sz w:val=\"").append(halfPoints).append("\"/><w:szCs w:val=\"").append(halfPoints).append("\"/></w:rPr></w:style>");
    }
}
