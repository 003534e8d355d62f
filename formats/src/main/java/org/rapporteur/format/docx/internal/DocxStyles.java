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
 * not by direct formatting. Indents follow UN documents: preambular and operative paragraphs have a
 * first-line indent; the closing date and meeting are right-aligned.
 */
public final class DocxStyles {
    public static final String TITLE = "ResolutionTitle";
    public static final String MASTHEAD = "Masthead";
    public static final String FORMULA = "EnactingFormula";
    public static final String PREAMBULAR = "Preambular";
    public static final String OPERATIVE = "Operative";
    public static final String SUB_PARAGRAPH = "SubParagraph";
    /** A point of a point: "(i)" under "(b)". */
    public static final String SUB_PARAGRAPH_2 = "SubParagraph2";
    public static final String BODY = "BodyText";
    /** A section heading inside the text ("Arms embargo"). */
    public static final String HEADING = "SectionHeading";
    public static final String CLOSING = "Closing";
    public static final String ADOPTION_NOTE = "AdoptionNote";
    public static final String VOTE = "Vote";
    public static final String VOTE_MEMBER = "VoteMember";
    public static final String FOOTNOTE_TEXT = "FootnoteText";
    public static final String FOOTNOTE_REFERENCE = "FootnoteReference";
    public static final String HEADER = "Header";
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

        paragraph(styles, TITLE, "Resolution Title", 0, STJc.LEFT, true, 28, 240);
        paragraph(styles, MASTHEAD, "Masthead", 0, STJc.LEFT, false, 20, 60);
        paragraph(styles, FORMULA, "Enacting Formula", FIRST_LINE, STJc.LEFT, false, 24, 120);
        paragraph(styles, PREAMBULAR, "Preambular Paragraph", FIRST_LINE, STJc.BOTH, false, 24, 120);
        paragraph(styles, OPERATIVE, "Operative Paragraph", FIRST_LINE, STJc.BOTH, false, 24, 120);
        paragraph(styles, SUB_PARAGRAPH, "Sub-paragraph", 0, FIRST_LINE, STJc.BOTH, false, 24, 120);
        paragraph(styles, SUB_PARAGRAPH_2, "Sub-paragraph 2", 0, FIRST_LINE * 2, STJc.BOTH, false, 24, 120);
        paragraph(styles, BODY, "Body Text", 0, STJc.LEFT, false, 24, 120);
        paragraph(styles, HEADING, "Section Heading", 0, STJc.LEFT, true, 24, 120);
        paragraph(styles, CLOSING, "Closing", 0, STJc.RIGHT, false, 24, 0);
        paragraph(styles, ADOPTION_NOTE, "Adoption Note", FIRST_LINE, STJc.LEFT, false, 24, 120);
        paragraph(styles, VOTE, "Vote", FIRST_LINE, STJc.LEFT, false, 24, 120);
        paragraph(styles, VOTE_MEMBER, "Vote Member", 0, FIRST_LINE * 2, STJc.LEFT, false, 24, 0);
        paragraph(styles, FOOTNOTE_TEXT, "footnote text", 0, STJc.LEFT, false, 18, 0);
        paragraph(styles, HEADER, "header", 0, STJc.RIGHT, false, 18, 0);

        CTStyle ref = CTStyle.Factory.newInstance();
        ref.setStyleId(FOOTNOTE_REFERENCE);
        ref.setType(STStyleType.CHARACTER);
        ref.addNewName().setVal("footnote reference");
        ref.addNewRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
        styles.addStyle(new XWPFStyle(ref));
    }

    private static void paragraph(XWPFStyles styles, String id, String name, int firstLine, STJc.Enum jc,
                                  boolean bold, int halfPoints, int after) {
        paragraph(styles, id, name, firstLine, 0, jc, bold, halfPoints, after);
    }

    /** Adds a paragraph style; the style is copied in, so everything is set before it is added. */
    private static void paragraph(XWPFStyles styles, String id, String name, int firstLine, int left, STJc.Enum jc,
                                  boolean bold, int halfPoints, int after) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        s.addNewQFormat();
        CTPPrGeneral p = s.addNewPPr();
        var ind = p.addNewInd();
        ind.setFirstLine(BigInteger.valueOf(firstLine));
        if (left > 0) {
            ind.setLeft(BigInteger.valueOf(left));
        }
        p.addNewJc().setVal(jc);
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
