package org.rapporteur.format.docx.internal;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.rapporteur.model.Language;
import org.rapporteur.model.Script;

/**
 * The paragraph and character styles of a resolution, so that the document is formatted by styles and
 * not by direct formatting. The document rests on Word's built-in styles, under their built-in names, so
 * Word knows them: {@code Normal} (every other style is based on it), {@code Title} and {@code Heading 1}
 * to {@code 3} with outline levels (Word's navigation pane, and the bookmarks of a PDF exported from it),
 * {@code footnote text}, {@code footnote reference}, {@code header}, {@code footer}. The UN look is kept
 * through them: indents follow UN documents (preambular and operative paragraphs have a first-line indent;
 * the closing date and meeting are right-aligned).
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
    private static final int FIRST_LINE = 720;

    private DocxStyles() {
    }

    public static void install(XWPFDocument doc, Language language) {
        XWPFStyles styles = doc.createStyles();
        styles.setSpellingLanguage(language.locale());
        if (language.script() == Script.HAN) {
            styles.setEastAsia(language.locale());
        }
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        fonts.setCs(language == Language.ARABIC ? "Arial" : "Times New Roman");
        fonts.setEastAsia(language == Language.JAPANESE ? "MS Mincho" : "SimSun");
        styles.setDefaultFonts(fonts);

        normal(styles);
        paragraph(styles, TITLE, "Title", 0, 0, STJc.LEFT, true, 28, 240, 0);
        paragraph(styles, HEADING_1, "heading 1", 0, 0, STJc.LEFT, true, 24, 120, 0);
        paragraph(styles, HEADING_2, "heading 2", 0, 0, STJc.LEFT, true, 24, 120, 1);
        paragraph(styles, HEADING_3, "heading 3", 0, 0, STJc.LEFT, false, 24, 120, 2);
        paragraph(styles, MASTHEAD, "Masthead", 0, STJc.LEFT, false, 20, 60);
        paragraph(styles, FORMULA, "Enacting Formula", FIRST_LINE, STJc.LEFT, false, 24, 120);
        paragraph(styles, PREAMBULAR, "Preambular Paragraph", FIRST_LINE, STJc.BOTH, false, 24, 120);
        paragraph(styles, OPERATIVE, "Operative Paragraph", FIRST_LINE, STJc.BOTH, false, 24, 120);
        paragraph(styles, SUB_PARAGRAPH, "Sub-paragraph", 0, FIRST_LINE, STJc.BOTH, false, 24, 120);
        paragraph(styles, SUB_PARAGRAPH_2, "Sub-paragraph 2", 0, FIRST_LINE * 2, STJc.BOTH, false, 24, 120);
        paragraph(styles, BODY, "Body Text", 0, STJc.LEFT, false, 24, 120);
        paragraph(styles, CLOSING, "Closing", 0, STJc.RIGHT, false, 24, 0);
        paragraph(styles, ADOPTION_NOTE, "Adoption Note", FIRST_LINE, STJc.LEFT, false, 24, 120);
        paragraph(styles, VOTE, "Vote", FIRST_LINE, STJc.LEFT, false, 24, 120);
        paragraph(styles, VOTE_MEMBER, "Vote Member", 0, FIRST_LINE * 2, STJc.LEFT, false, 24, 0);
        paragraph(styles, FOOTNOTE_TEXT, "footnote text", 0, STJc.LEFT, false, 18, 0);
        paragraph(styles, HEADER, "header", 0, STJc.RIGHT, false, 18, 0);
        paragraph(styles, FOOTER, "footer", 0, STJc.CENTER, false, 18, 0);

        CTStyle ref = CTStyle.Factory.newInstance();
        ref.setStyleId(FOOTNOTE_REFERENCE);
        ref.setType(STStyleType.CHARACTER);
        ref.addNewName().setVal("footnote reference");
        ref.addNewBasedOn().setVal(DEFAULT_FONT);
        ref.addNewRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
        styles.addStyle(new XWPFStyle(ref));
    }

    private static final String DEFAULT_FONT = "DefaultParagraphFont";

    /** Word's Normal, the default paragraph style all others rest on, and its default character style. */
    private static void normal(XWPFStyles styles) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(NORMAL);
        s.setType(STStyleType.PARAGRAPH);
        s.setDefault(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.ON);
        s.addNewName().setVal("Normal");
        s.addNewQFormat();
        CTRPr r = s.addNewRPr();
        r.addNewSz().setVal(BigInteger.valueOf(24));
        r.addNewSzCs().setVal(BigInteger.valueOf(24));
        styles.addStyle(new XWPFStyle(s));
        CTStyle font = CTStyle.Factory.newInstance();
        font.setStyleId(DEFAULT_FONT);
        font.setType(STStyleType.CHARACTER);
        font.setDefault(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.ON);
        font.addNewName().setVal("Default Paragraph Font");
        font.addNewUiPriority().setVal(BigInteger.ONE);
        font.addNewSemiHidden();
        font.addNewUnhideWhenUsed();
        styles.addStyle(new XWPFStyle(font));
    }



    private static void paragraph(XWPFStyles styles, String id, String name, int firstLine, STJc.Enum jc,
                                  boolean bold, int halfPoints, int after) {
        paragraph(styles, id, name, firstLine, 0, jc, bold, halfPoints, after, null);
    }

    private static void paragraph(XWPFStyles styles, String id, String name, int firstLine, int left, STJc.Enum jc,
                                  boolean bold, int halfPoints, int after) {
        paragraph(styles, id, name, firstLine, left, jc, bold, halfPoints, after, null);
    }

    /**
     * Adds a paragraph style based on Normal, at outline level {@code outline} (null: body text); the style
     * is copied in, so everything is set before it is added.
     */
    private static void paragraph(XWPFStyles styles, String id, String name, int firstLine, int left, STJc.Enum jc,
                                  boolean bold, int halfPoints, int after, Integer outline) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        s.addNewBasedOn().setVal(NORMAL);
        s.addNewNext().setVal(NORMAL);
        s.addNewQFormat();
        CTPPrGeneral p = s.addNewPPr();
        var ind = p.addNewInd();
        ind.setFirstLine(BigInteger.valueOf(firstLine));
        if (left > 0) {
            ind.setLeft(BigInteger.valueOf(left));
        }
        p.addNewJc().setVal(jc);
        if (outline != null) {
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        p.addNewSpacing().setAfter(BigInteger.valueOf(after));
        CTRPr r = s.addNewRPr();
        // Word sizes and weights complex-script letters (Arabic) by the -Cs twins alone: without them an
        // Arabic title is neither bold nor large
        if (bold) {
            r.addNewB();
            r.addNewBCs();
        }
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        r.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        styles.addStyle(new XWPFStyle(s));
    }
}
