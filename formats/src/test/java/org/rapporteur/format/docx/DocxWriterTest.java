package org.rapporteur.format.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Closing;
import org.rapporteur.model.Document;
import org.rapporteur.model.Emphasis;
import org.rapporteur.model.Field;
import org.rapporteur.model.Formula;
import org.rapporteur.model.Language;
import org.rapporteur.model.Metadata;
import org.rapporteur.model.Note;
import org.rapporteur.model.NoteOrderTest;
import org.rapporteur.model.NoteRef;
import org.rapporteur.model.Operative;
import org.rapporteur.model.Preambular;
import org.rapporteur.model.SubParagraph;
import org.rapporteur.model.Text;

class DocxWriterTest {
    private static final Note FIRST = new Note("1", List.of(new Text("第 217 A(III)号决议。")));
    private static final Note SECOND = new Note("2", List.of(new Text("A/HRC/24/56。")));

    static Document resolution(Language language) {
        Metadata meta = Metadata.EMPTY.withLanguage(language).with(Field.NUMBER, "64/158")
                .with(Field.TITLE, "促进国际合作").with(Field.SYMBOL, "A/RES/64/158");
        return Document.of(meta, List.of(new Formula("大会，"),
                new Preambular(List.of(new Text("考虑到《世界人权宣言》、"), new NoteRef(FIRST), new Text("两项公约，"))),
                new Operative("10", List.of(Emphasis.of(Emphasis.Style.BOLD, "吁请"), new Text("所有会员国以《宣言》、"),
                        new NoteRef(FIRST), new Text("《公约》"), new NoteRef(SECOND), new Text("为依据：")),
                        List.of(new SubParagraph("a", List.of(new Text("第一项；"))))),
                new Closing("2009 年 12 月 18 日", Optional.of(LocalDate.of(2009, 12, 18)), "第 65 次全体会议")));
    }

    static byte[] write(Document d) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter().write(d, out);
        return out.toByteArray();
    }

    @Test
    void paragraphsStylesAndNumbersAsPrinted() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write(resolution(Language.CHINESE))))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(ps).extracting(XWPFParagraph::getStyle).containsExactly("Title", "EnactingFormula",
                    "Preambular", "Operative", "SubParagraph", "Closing", "Closing");
            assertThat(ps.get(0).getText()).isEqualTo("64/158. 促进国际合作");
            assertThat(ps.get(3).getText()).startsWith("10.\t吁请所有会员国以《宣言》、");
            assertThat(ps.get(4).getText()).isEqualTo("(a)\t第一项；");
            XWPFRun lead = ps.get(3).getRuns().stream().filter(r -> "吁请".equals(r.text())).findFirst().orElseThrow();
            assertThat(lead.isBold()).isTrue();
            assertThat(lead.getCTR().getRPr().getLangArray(0).getVal()).isEqualTo("zh-CN");
            assertThat(lead.getCTR().getRPr().getLangArray(0).getEastAsia()).isEqualTo("zh-CN");
        }
    }

    @Test
    void realFootnotesAtTheReferencePointAndANoterefForTheRepeat() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write(resolution(Language.CHINESE))))) {
            List<XWPFFootnote> notes = doc.getFootnotes().stream()
                    .filter(f -> f.getCTFtnEdn().getType() == null
                            || f.getCTFtnEdn().getType().toString().equals("normal")).toList();
            assertThat(notes).extracting(f -> f.getParagraphs().get(0).getText().strip())
                    .containsExactly("第 217 A(III)号决议。", "A/HRC/24/56。");
            String preamble = doc.getParagraphs().get(2).getCTP().xmlText();
            assertThat(preamble).containsSubsequence("《世界人权宣言》、", "bookmarkStart", "footnoteReference", "bookmarkEnd", "两项公约");
            String operative = doc.getParagraphs().get(3).getCTP().xmlText();
            assertThat(operative).containsSubsequence("《宣言》、", "NOTEREF _RefNote1", ">1<", "《公约》",
                    "footnoteReference", "为依据");
            assertThat(doc.getFootnotes().stream().filter(f -> f.getCTFtnEdn().getType() != null)
                    .map(f -> f.getCTFtnEdn().getType().toString())).contains("separator", "continuationSeparator");
        }
    }

    @Test
    void aReferenceInsideANoteIsANoterefAndANoteOnlyANoteRefersToGetsItsMarkBesideIt() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write(NoteOrderTest.notesInNotes())))) {
            List<String> notes = doc.getFootnotes().stream().filter(f -> f.getCTFtnEdn().getType() == null
                            || f.getCTFtnEdn().getType().toString().equals("normal")).map(f -> f.getCTFtnEdn().xmlText()).toList();
            assertThat(notes).hasSize(3);
            // Word cannot hold a footnote inside a footnote: inside one, references are NOTEREF fields.
            assertThat(notes.get(0)).containsSubsequence("See note", "NOTEREF _RefNote3", ">3<",
                    " and resolution 70/1", "NOTEREF _RefNote2", ">2<", ".").doesNotContain("footnoteReference");
            assertThat(notes.get(1)).contains("Resolution 55/2.");
            assertThat(notes.get(2)).contains("Resolution 60/1.");
            String preamble = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Recalling")).findFirst()
                    .orElseThrow().getCTP().xmlText();
            assertThat(preamble).containsSubsequence("Recalling the Summit,", "_RefNote1", "footnoteReference",
                    "_RefNote2", "footnoteReference");
            String operative = doc.getParagraphs().stream().filter(p -> p.getText().contains("Recalls")).findFirst()
                    .orElseThrow().getCTP().xmlText();
            assertThat(operative).containsSubsequence("Recalls the Outcome", "_RefNote3", "footnoteReference", ";");
        }
    }

    @Test
    void aWrapUpIsASubParagraphWithoutLabel() throws Exception {
        Document d = Document.of(Metadata.EMPTY.withLanguage(Language.ENGLISH), List.of(new Operative("1",
                List.of(new Text("Requests:")), List.of(new SubParagraph("a", List.of(new Text("To act,"))),
                        new SubParagraph("", List.of(new Text("and to report thereon;")))))));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write(d)))) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsSubsequence("1.\tRequests:", "(a)\tTo act,", "and to report thereon;");
            assertThat(doc.getParagraphs().get(doc.getParagraphs().size() - 1).getStyle())
                    .isEqualTo(doc.getParagraphs().get(doc.getParagraphs().size() - 2).getStyle());
        }
    }

    @Test
    void propertiesHeaderAndArabicDirection() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write(resolution(Language.ARABIC))))) {
            var core = doc.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("促进国际合作");
            assertThat(core.getSubject()).isEqualTo("A/RES/64/158");
            assertThat(core.getCreator()).isEqualTo("Rapporteur");
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("ar-SA");
            assertThat(core.getCreated()).isEqualTo(java.util.Date.from(java.time.Instant.parse("2009-12-18T00:00:00Z")));
            assertThat(doc.getHeaderList()).singleElement().extracting(h -> h.getText().strip()).isEqualTo("A/RES/64/158");
            assertThat(doc.getParagraphs()).allSatisfy(p -> assertThat(p.getCTP().getPPr().isSetBidi()).isTrue());
            // Word weights and sizes Arabic letters by the complex-script twins: the title style is bold
            // and large in both, a bold run is bold in both, and each run reads right to left
            var title = doc.getStyles().getStyle("Title").getCTStyle().getRPr();
            assertThat(title.sizeOfBArray()).isOne();
            assertThat(title.sizeOfBCsArray()).isOne();
            assertThat(title.getSzCsArray(0).getVal()).isEqualTo(title.getSzArray(0).getVal());
            XWPFParagraph operative = doc.getParagraphs().stream().filter(p -> p.getText().contains("吁请")).findFirst().orElseThrow();
            var bold = operative.getRuns().stream().filter(r -> "吁请".equals(r.text())).findFirst().orElseThrow().getCTR().getRPr();
            assertThat(bold.sizeOfBCsArray()).isOne();
            assertThat(bold.sizeOfRtlArray()).isOne();
            // in the schema's order, or Word refuses the file
            assertThat(bold.xmlText()).containsSubsequence("<w:b/>", "<w:bCs/>", "<w:rtl/>", "<w:lang");
        }
    }

    @Test
    void italicInsideBoldIsABoldItalicRun() throws Exception {
        Document d = Document.of(Metadata.EMPTY.withLanguage(Language.ARABIC).with(Field.NUMBER, "78/10"), List.of(
                new Preambular(List.of(new Emphasis(Emphasis.Style.BOLD, List.of(Emphasis.of(Emphasis.Style.ITALIC, "إذ تشير"))),
                        new Text(" إلى قرارها،")))));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write(d)))) {
            XWPFRun lead = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(r -> "إذ تشير".equals(r.text())).findFirst().orElseThrow();
            assertThat(lead.isBold()).isTrue();
            assertThat(lead.isItalic()).isTrue();
            assertThat(lead.getCTR().getRPr().xmlText()).containsSubsequence("<w:b/>", "<w:bCs/>", "<w:i/>", "<w:iCs/>");
        }
    }

    @Test
    void aRaisedOrdinalEndingIsASuperscriptRun() throws Exception {
        Document d = Document.of(Metadata.EMPTY.withLanguage(Language.FRENCH).with(Field.NUMBER, "78/10"), List.of(
                new Preambular(List.of(new Text("Rappelant sa résolution du 1"), Emphasis.of(Emphasis.Style.SUPERSCRIPT, "er"),
                        new Text(" décembre,")))));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write(d)))) {
            XWPFParagraph p = doc.getParagraphs().stream().filter(x -> x.getText().contains("décembre")).findFirst().orElseThrow();
            assertThat(p.getText()).isEqualTo("Rappelant sa résolution du 1er décembre,");
            XWPFRun er = p.getRuns().stream().filter(r -> "er".equals(r.text())).findFirst().orElseThrow();
            assertThat(er.getVerticalAlignment().toString()).isEqualTo("superscript");
        }
    }

    @Test
    void sameDocumentSameBytes() throws Exception {
        assertThat(write(resolution(Language.CHINESE))).isEqualTo(write(resolution(Language.CHINESE)));
    }

    @Test
    void builtInStylesWithOutlineLevelsFooterPageNumbersAndWord2013Settings() throws Exception {
        Document d = resolution(Language.ENGLISH);
        List<org.rapporteur.model.Block> blocks = new java.util.ArrayList<>(d.blocks());
        blocks.add(2, new org.rapporteur.model.Heading("Arms embargo"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write(d.withBlocks(blocks))))) {
            var styles = doc.getStyles();
            // Word's own styles under their built-in names: Word knows them, its navigation pane lists the
            // title and headings, and a PDF exported from it has bookmarks
            assertThat(styles.getStyle("Normal").getCTStyle().getDefault()).isNotNull();
            assertThat(styles.getStyle("Title").getName()).isEqualTo("Title");
            for (int level = 1; level <= 3; level++) {
                var h = styles.getStyle("Heading" + level);
                assertThat(h.getName()).isEqualTo("heading " + level);
                assertThat(h.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(level - 1);
            }
            assertThat(styles.getStyle("Title").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isZero();
            assertThat(styles.getStyle("FootnoteText").getName()).isEqualTo("footnote text");
            assertThat(styles.getStyle("FootnoteReference").getName()).isEqualTo("footnote reference");
            // every style of ours rests on Normal, so a house font set there reaches them all
            for (String id : List.of("Title", "Heading1", "EnactingFormula", "Preambular", "Operative", "Closing", "FootnoteText")) {
                assertThat(styles.getStyle(id).getCTStyle().getBasedOn().getVal()).as(id).isEqualTo("Normal");
            }
            assertThat(doc.getParagraphs()).filteredOn(p -> p.getText().equals("Arms embargo"))
                    .singleElement().extracting(XWPFParagraph::getStyle).isEqualTo("Heading1");
            assertThat(doc.getFooterList()).singleElement().satisfies(f ->
                    assertThat(f.getParagraphs().get(0).getCTP().getFldSimpleArray(0).getInstr().strip()).isEqualTo("PAGE"));
            String settings = doc.getSettings().getCTSettings().xmlText();
            assertThat(settings).contains("compatibilityMode").contains("w:val=\"15\"");
        }
    }

    /** A house template as a user would make one in Word: Normal in Arial 11, A5 pages, its own header. */
    static byte[] houseTemplate() throws Exception {
        try (XWPFDocument t = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var styles = t.createStyles();
            var normal = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance();
            normal.setStyleId("Normal");
            normal.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType.PARAGRAPH);
            normal.addNewName().setVal("Normal");
            var r = normal.addNewRPr();
            var fonts = r.addNewRFonts();
            fonts.setAscii("Arial");
            fonts.setHAnsi("Arial");
            r.addNewSz().setVal(java.math.BigInteger.valueOf(22));
            styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(normal));
            var header = t.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph();
            header.createRun().setText("HOUSE HEADER");
            var sect = t.getDocument().getBody().isSetSectPr() ? t.getDocument().getBody().getSectPr()
                    : t.getDocument().getBody().addNewSectPr();
            var size = sect.addNewPgSz();
            size.setW(java.math.BigInteger.valueOf(8391));
            size.setH(java.math.BigInteger.valueOf(11906));
            t.createParagraph().createRun().setText("template body, never copied");
            t.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aHouseTemplateGivesItsStylesPageAndHeader() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter(ReferenceDocx.of(houseTemplate())).write(resolution(Language.ENGLISH), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            var styles = doc.getStyles();
            var normal = styles.getStyle("Normal").getCTStyle().getRPr();
            assertThat(normal.getRFontsArray(0).getAscii()).isEqualTo("Arial");
            assertThat(normal.getSzArray(0).getVal().toString()).isEqualTo("22");
            // our own styles stay, resting on the template's Normal
            assertThat(styles.getStyle("Operative").getCTStyle().getBasedOn().getVal()).isEqualTo("Normal");
            assertThat(styles.getStyle("Title").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isZero();
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW()).isEqualTo(java.math.BigInteger.valueOf(8391));
            assertThat(doc.getHeaderList()).singleElement().extracting(h -> h.getText().strip()).isEqualTo("HOUSE HEADER");
            assertThat(doc.getFooterList()).as("the template has no footer: ours stays").hasSize(1);
            assertThat(doc.getParagraphs()).noneMatch(p -> p.getText().contains("template body"));
        }
        assertThatThrownBy(() -> ReferenceDocx.of("not a docx".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(java.io.IOException.class).hasMessageStartingWith("not a DOCX file");
    }
}
