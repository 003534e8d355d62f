package org.rapporteur.format.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
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
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AknWriterTest {
    static final Note NOTE = new Note("1", List.of(new Text("See <A/RES/55/2> & ]]> annex")));

    /** A resolution whose texts hold what XML must escape or cannot carry. */
    static Document tricky() {
        Metadata meta = Metadata.EMPTY.withLanguage(Language.ENGLISH).with(Field.NUMBER, "65/218")
                .with(Field.TITLE, "Cooperation <& \"quotes\"> ]]>").with(Field.BODY, "General Assembly")
                .with(Field.SYMBOL, "A/RES/65/218").with(Field.SESSION, "Sixty-fifth session")
                .with(Field.ISSUED, "15 July 2022");
        return Document.of(meta, List.of(new Formula("The General Assembly,"),
                new Preambular(List.of(Emphasis.of(Emphasis.Style.ITALIC, "Recalling"),
                        new Text(" a < b && c > d ]]> bell\u0007 form\u000C,"), new NoteRef(NOTE))),
                new Operative("1", List.of(new Text("Requests, as in note"), new NoteRef(NOTE), new Text(":")),
                        List.of(new SubParagraph("a", List.of(new Text("To act;"))),
                                new SubParagraph("b", List.of(new Text("To report."))))),
                new Operative("2", List.of(new Text("Decides.")), List.of()),
                new Closing("21 December 2010", Optional.of(LocalDate.of(2010, 12, 21)), "71st plenary meeting")));
    }

    static byte[] write(Document d) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AknWriter().write(d, out);
        return out.toByteArray();
    }

    static org.w3c.dom.Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @Test
    void textIsEscapedByConstructionAndControlCharactersDropped() throws Exception {
        org.w3c.dom.Document dom = parse(write(tricky()));
        assertThat(dom.getElementsByTagNameNS(AknWriter.NAMESPACE, "docTitle").item(0).getTextContent())
                .isEqualTo("Cooperation <& \"quotes\"> ]]>");
        Element container = (Element) dom.getElementsByTagNameNS(AknWriter.NAMESPACE, "container").item(0);
        assertThat(container.getAttribute("name")).isEqualTo("Recalling");
        assertThat(container.getTextContent()).contains("a < b && c > d ]]> bell form,")
                .contains("See <A/RES/55/2> & ]]> annex");
    }

    @Test
    void bracketsAroundANoteAreRaisedWithItAsTheUnsArabicFilesWriteThem() throws Exception {
        Metadata meta = Metadata.EMPTY.withLanguage(Language.ARABIC).with(Field.NUMBER, "78/10");
        Document d = Document.of(meta, List.of(new Preambular(List.of(new Text("وإذ تشير أيضاً إلى أنه لعام 2005("),
                new NoteRef(NOTE), new Text(")، في تهيئة جو")))));
        String xml = new String(write(d), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).contains("لعام 2005<sup>(</sup><authorialNote").contains("</authorialNote><sup>)</sup>، في تهيئة جو");
        // the container is named after the Arabic lead phrase, as the UN's files name it
        assertThat(xml).contains("name=\"وإذ تشير أيضاً\"").doesNotContain("name=\"لعام\"");
        // a bracket that does not close around the note stays text
        Document open = Document.of(meta, List.of(new Preambular(List.of(new Text("(see"), new NoteRef(NOTE),
                new Text(" below")))));
        assertThat(new String(write(open), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("<sup>");
    }

    @Test
    void aSecondReferenceIsANoteRefToTheFirst() throws Exception {
        org.w3c.dom.Document dom = parse(write(tricky()));
        NodeList notes = dom.getElementsByTagNameNS(AknWriter.NAMESPACE, "authorialNote");
        NodeList refs = dom.getElementsByTagNameNS(AknWriter.NAMESPACE, "noteRef");
        assertThat(notes.getLength()).isEqualTo(1);
        assertThat(refs.getLength()).isEqualTo(1);
        Element note = (Element) notes.item(0);
        Element ref = (Element) refs.item(0);
        assertThat(note.getAttribute("marker")).isEqualTo("1");
        assertThat(note.getAttribute("placement")).isEqualTo("bottom");
        assertThat(ref.getAttribute("href")).isEqualTo("#" + note.getAttribute("eId"));
        assertThat(ref.getAttribute("marker")).isEqualTo("1");
    }

    @Test
    void identificationFollowsAkn4un() throws Exception {
        org.w3c.dom.Document dom = parse(write(tricky()));
        List<String> values = new ArrayList<>();
        NodeList thisList = dom.getElementsByTagNameNS(AknWriter.NAMESPACE, "FRBRthis");
        for (int i = 0; i < thisList.getLength(); i++) {
            values.add(((Element) thisList.item(i)).getAttribute("value"));
        }
        assertThat(values).containsExactly("/akn/un/statement/deliberation/unga/2010-12-21/65-218/!main/",
                "/akn/un/statement/deliberation/unga/2010-12-21/65-218/eng@!main/",
                "/akn/un/statement/deliberation/unga/2010-12-21/65-218/eng@/!main.xml");
        assertThat(((Element) dom.getElementsByTagNameNS(AknWriter.NAMESPACE, "FRBRlanguage").item(0))
                .getAttribute("language")).isEqualTo("eng");
    }

    @Test
    void everyReferenceHasItsTargetAndEveryEidIsUnique() throws Exception {
        org.w3c.dom.Document dom = parse(write(tricky()));
        Set<String> ids = new HashSet<>();
        List<String> targets = new ArrayList<>();
        NodeList all = dom.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("eId")) {
                assertThat(ids.add(e.getAttribute("eId"))).as("duplicate eId %s", e.getAttribute("eId")).isTrue();
            }
            for (String attr : List.of("refersTo", "href", "as", "outcome", "source")) {
                if (e.getAttribute(attr).startsWith("#")) {
                    targets.add(e.getAttribute(attr).substring(1));
                }
            }
        }
        assertThat(ids).containsAll(targets);
    }

    @Test
    void aNoteReferredToFromANoteIsANoteRefOrItsOnlyPlace() throws Exception {
        org.w3c.dom.Document dom = parse(write(NoteOrderTest.notesInNotes()));
        NodeList notes = dom.getElementsByTagNameNS(AknWriter.NAMESPACE, "authorialNote");
        List<String> where = new ArrayList<>();
        for (int i = 0; i < notes.getLength(); i++) {
            Element n = (Element) notes.item(i);
            where.add(n.getAttribute("marker") + " in " + ((Element) n.getParentNode().getParentNode()).getLocalName());
        }
        // Note 3 is only ever referred to from note 1: it sits inside it. Note 2 sits where the text refers to it.
        assertThat(where).containsExactly("1 in container", "2 in authorialNote", "3 in content");
        Element first = (Element) notes.item(0);
        Element ref = (Element) first.getElementsByTagNameNS(AknWriter.NAMESPACE, "noteRef").item(0);
        assertThat(ref.getAttribute("href")).isEqualTo("#authorialNote_3");
        assertThat(ref.getAttribute("marker")).isEqualTo("3");
        assertThat(first.getTextContent()).isEqualTo("See note and resolution 70/1Resolution 55/2..");
    }

    @Test
    void sameDocumentSameBytes() throws Exception {
        assertThat(write(tricky())).isEqualTo(write(tricky()));
    }

    /** The text of the first element named {@code name} with {@code attr}={@code value}, and its other attributes. */
    private static Element first(org.w3c.dom.Document dom, String name) {
        return (Element) dom.getElementsByTagNameNS(AknWriter.NAMESPACE, name).item(0);
    }

    @Test
    void theCoverPageAndIdentificationAsTheUnWritesThem() throws Exception {
        Metadata meta = Metadata.EMPTY.withLanguage(Language.ENGLISH).with(Field.NUMBER, "78/10")
                .with(Field.TITLE, "Sport").with(Field.BODY, "General Assembly").with(Field.SYMBOL, "A/RES/78/10")
                .with(Field.SESSION, "Seventy-eighth session").with(Field.DISTRIBUTION, "Distr.: General")
                .with(Field.ISSUED, "27 November 2023").with(Field.ISSUED_DATE, "2023-11-27")
                .with(Field.AGENDA_ITEM, "Agenda item 11")
                .with(Field.ADOPTION, "Resolution adopted by the General Assembly on 21 November 2023")
                .with(Field.COMMITTEE_REPORT, "[without reference to a Main Committee (A/78/L.9)]")
                .with(Field.ORIGINAL, "Original: English");
        org.w3c.dom.Document dom = parse(write(Document.of(meta, List.of(new Formula("The General Assembly,"),
                new Operative("1", List.of(new Text("Decides.")), List.of()),
                new Closing("21 November 2023", Optional.of(LocalDate.of(2023, 11, 21)), "38th plenary meeting")))));
        // FRBR: authors by the organ's eId in the UN's roles; the expression dated by its publication
        NodeList authors = dom.getElementsByTagNameNS(AknWriter.NAMESPACE, "FRBRauthor");
        assertThat(((Element) authors.item(0)).getAttribute("href")).isEqualTo("ga");
        assertThat(((Element) authors.item(1)).getAttribute("as")).isEqualTo("issuer");
        Element published = (Element) dom.getElementsByTagNameNS(AknWriter.NAMESPACE, "FRBRdate").item(1);
        assertThat(published.getAttribute("date") + " " + published.getAttribute("name")).isEqualTo("2023-11-27 publication");
        // cover page: the publisher first, the adoption line as the document's title, the proponent referred to
        Element publisher = first(dom, "docAuthority");
        assertThat(publisher.getTextContent() + " " + publisher.getAttribute("refersTo")).isEqualTo("United Nations #publisher");
        assertThat(first(dom, "docTitle").getTextContent()).isEqualTo("Resolution adopted by the General Assembly on 21 November 2023");
        Element proponent = first(dom, "docProponent");
        assertThat(proponent.getAttribute("refersTo")).isEqualTo("#noMainCommittee");
        Element origin = (Element) proponent.getElementsByTagNameNS(AknWriter.NAMESPACE, "inline").item(0);
        assertThat(origin.getAttribute("name") + " " + origin.getTextContent()).isEqualTo("originating document A/78/L.9");
        assertThat(first(dom, "session").getAttribute("refersTo")).isEqualTo("#generalAssembly");
        NodeList inlines = dom.getElementsByTagNameNS(AknWriter.NAMESPACE, "inline");
        assertThat(((Element) inlines.item(1)).getAttribute("title")).isEqualTo("11");
        assertThat(first(dom, "location").getAttribute("title")).isEqualTo("38th");
        Element original = (Element) inlines.item(0);
        for (int i = 0; i < inlines.getLength(); i++) {
            if (((Element) inlines.item(i)).getAttribute("name").equals("originalLanguage")) {
                original = (Element) inlines.item(i);
            }
        }
        assertThat(original.getAttribute("refersTo")).isEqualTo("#english");
    }

    @Test
    void theLineNamingTheVersionsLanguageRefersToItAsTheUnsFilesDo() throws Exception {
        Metadata meta = Metadata.EMPTY.withLanguage(Language.FRENCH).with(Field.NUMBER, "55/14")
                .with(Field.SYMBOL, "A/HRC/RES/55/14").with(Field.LANGUAGE_LINE, "Français")
                .with(Field.ORIGINAL, "Original: anglais");
        org.w3c.dom.Document dom = parse(write(Document.of(meta, List.of(new Operative("1", List.of(new Text("Décide.")), List.of())))));
        NodeList inlines = dom.getElementsByTagNameNS(AknWriter.NAMESPACE, "inline");
        Element language = (Element) inlines.item(0);
        assertThat(language.getAttribute("name") + " " + language.getAttribute("refersTo") + " " + language.getTextContent())
                .isEqualTo("languageOfExpression #french Français");
        Element term = (Element) dom.getElementsByTagNameNS(AknWriter.NAMESPACE, "TLCTerm").item(
                dom.getElementsByTagNameNS(AknWriter.NAMESPACE, "TLCTerm").getLength() - 1);
        assertThat(term.getAttribute("eId") + " " + term.getAttribute("href")).isEqualTo("french /akn/ontology/concept/un/language/french");
    }

    private static String akn(Document d) throws Exception {
        return new String(write(d), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void leadsAreSetAsTheUnSetsThemWhereTheSourceKeptNone() throws Exception {
        Metadata meta = Metadata.EMPTY.withLanguage(Language.ENGLISH).with(Field.NUMBER, "78/101");
        List<org.rapporteur.model.Block> blocks = List.of(new Formula("The General Assembly,"),
                new Preambular(List.of(new Text("Noting with satisfaction the continued efforts,"))),
                new Operative("1", List.of(new Text("Calls upon the administering Powers to cooperate;")), List.of()),
                new Operative("2", List.of(new Text("Also welcomes the report;")), List.of()));
        String xml = akn(Document.of(meta, blocks));
        assertThat(xml).contains("<p><span class=\"italic\">The General Assembly</span>,</p>",
                "<p><span class=\"italic\">Noting with satisfaction</span> the continued efforts,</p>",
                "<p><span class=\"italic\">Calls upon</span> the administering Powers to cooperate;</p>",
                "<p><span class=\"italic\">Also welcomes</span> the report;</p>");
        // a source that sets its own leads is followed as it is: nothing added to the paragraphs it left plain
        List<org.rapporteur.model.Block> own = new ArrayList<>(blocks);
        own.set(1, new Preambular(List.of(Emphasis.of(Emphasis.Style.ITALIC, "Noting"), new Text(" with satisfaction the efforts,"))));
        assertThat(akn(Document.of(meta, own))).contains("<p><span class=\"italic\">Noting</span> with satisfaction the efforts,</p>",
                "<p>Calls upon the administering Powers to cooperate;</p>", "<p>The General Assembly,</p>");
        // the UN's Arabic files set the General Assembly's leads in bold italic, the Council's in italics
        List<org.rapporteur.model.Block> arabic = List.of(new Formula("إن الجمعية العامة،"),
                new Preambular(List.of(new Text("وإذ تشير أيضاً إلى قرارها،"))),
                new Operative("1", List.of(new Text("تحيط علماً بتقرير الأمين العام؛")), List.of()));
        assertThat(akn(Document.of(Metadata.EMPTY.withLanguage(Language.ARABIC).with(Field.NUMBER, "78/10")
                .with(Field.SYMBOL, "A/RES/78/10"), arabic))).contains(
                "<p><span class=\"bold italic\">إن الجمعية العامة</span>،</p>",
                "<p><span class=\"bold italic\">وإذ تشير أيضاً</span> إلى قرارها،</p>",
                "<p><span class=\"bold italic\">تحيط علماً</span> بتقرير الأمين العام؛</p>");
        assertThat(akn(Document.of(Metadata.EMPTY.withLanguage(Language.ARABIC).with(Field.NUMBER, "55/14")
                .with(Field.SYMBOL, "A/HRC/RES/55/14"), arabic))).contains(
                "<p><span class=\"italic\">وإذ تشير أيضاً</span> إلى قرارها،</p>").doesNotContain("bold italic");
        // and the Chinese in bold
        String chinese = akn(Document.of(Metadata.EMPTY.withLanguage(Language.CHINESE).with(Field.NUMBER, "78/101"),
                List.of(new Formula("大会，"), new Preambular(List.of(new Text("感到遗憾的是，殖民主义尚未完全根除，"))),
                        new Operative("1", List.of(new Text("满意地回顾在联合国监督下举行了全民投票；")), List.of()),
                        new Operative("2", List.of(new Text("请秘书长提出报告；")), List.of()))));
        assertThat(chinese).contains("<p><span class=\"bold\">大会</span>，</p>",
                "<container name=\"感到遗憾的是\"", "<p><span class=\"bold\">感到遗憾的是</span>，殖民主义尚未完全根除，</p>",
                "<p><span class=\"bold\">满意地回顾</span>在联合国监督下举行了全民投票；</p>",
                "<p><span class=\"bold\">请</span>秘书长提出报告；</p>");
    }

    @Test
    void aRaisedOrdinalEndingIsASupAsInTheUnsFrenchFiles() throws Exception {
        String xml = akn(Document.of(Metadata.EMPTY.withLanguage(Language.FRENCH).with(Field.NUMBER, "78/10"),
                List.of(new Preambular(List.of(new Text("Rappelant sa résolution du 1"),
                        Emphasis.of(Emphasis.Style.SUPERSCRIPT, "er"), new Text(" décembre,"))))));
        assertThat(xml).contains("Rappelant</span> sa résolution du 1<sup>er</sup> décembre,</p>");
    }

    @Test
    void boldItalicIsOneSpanAsInTheUnsArabicFiles() throws Exception {
        // (a PDF's bold italic run: italic inside bold)
        String xml = akn(Document.of(Metadata.EMPTY.withLanguage(Language.ARABIC).with(Field.NUMBER, "78/10"),
                List.of(new Preambular(List.of(new org.rapporteur.model.Emphasis(Emphasis.Style.BOLD,
                        List.of(Emphasis.of(Emphasis.Style.ITALIC, "إذ تشير"))), new Text(" إلى قرارها،"))))));
        assertThat(xml).contains("<container name=\"إذ تشير\"", "<p><span class=\"bold italic\">إذ تشير</span> إلى قرارها،</p>");
    }

    @Test
    void aPrintedRecordedVoteIsOneVoteInTheConclusionsAsInTheUnsFiles() throws Exception {
        Metadata meta = Metadata.EMPTY.withLanguage(Language.ENGLISH).with(Field.NUMBER, "55/14")
                .with(Field.SYMBOL, "A/HRC/RES/55/14").with(Field.SESSION, "Fifty-fifth session");
        var vote = new org.rapporteur.model.RecordedVote("Adopted by a recorded vote of 24 to 0, with 23 abstentions. The voting was as follows:",
                List.of(new org.rapporteur.model.VoteGroup(org.rapporteur.model.VoteGroup.Kind.IN_FAVOUR, "In favour:", List.of("Albania", "Viet Nam"), java.util.OptionalInt.of(24)),
                        new org.rapporteur.model.VoteGroup(org.rapporteur.model.VoteGroup.Kind.AGAINST, "Against:", List.of(), java.util.OptionalInt.of(0)),
                        new org.rapporteur.model.VoteGroup(org.rapporteur.model.VoteGroup.Kind.ABSTAINING, "Abstaining:", List.of("Algeria"), java.util.OptionalInt.of(23))));
        String xml = akn(Document.of(meta, List.of(new Formula("The Human Rights Council,"),
                new Operative("1", List.of(new Text("Decides to remain seized of the matter.")), List.of()),
                new Closing("4 April 2024", Optional.of(LocalDate.of(2024, 4, 4)), "54th meeting"), vote)));
        String conclusions = xml.substring(xml.indexOf("<conclusions"), xml.indexOf("</conclusions>"));
        assertThat(conclusions).contains("<p><vote by=\"#humanRightsCouncil\" as=\"#author\"><outcome refersTo=\"#adoptedRecordedVote\">"
                + "[Adopted by a recorded vote of <quantity normalized=\"24\" refersTo=\"#inFavour\">24</quantity> to "
                + "<quantity normalized=\"0\" refersTo=\"#against\">0</quantity>, with "
                + "<quantity normalized=\"23\" refersTo=\"#abstaining\">23</quantity> abstentions. The voting was as follows:"
                + "<outcome refersTo=\"#inFavour\">In favour:<eol/><organization refersTo=\"#memberState\">Albania, Viet Nam</organization></outcome>"
                + "<outcome refersTo=\"#against\">Against:<eol/><organization refersTo=\"#memberState\"></organization></outcome>"
                + "<outcome refersTo=\"#abstaining\">Abstaining:<eol/><organization refersTo=\"#memberState\">Algeria]</organization></outcome>"
                + "</outcome></vote></p>");
        assertThat(xml).contains("eId=\"humanRightsCouncil\"");
    }

    @Test
    void anOperativeNumberIsWrittenAsThePagePrintsIt() throws Exception {
        Metadata meta = Metadata.EMPTY.withLanguage(Language.ARABIC).with(Field.NUMBER, "55/14");
        String xml = akn(Document.of(meta, List.of(new Operative("1", List.of(new Text("يطلب")), List.of(), "1-"),
                new Operative("2", List.of(new Text("يقرر")), List.of()))));
        // as printed (a Council text's "1-"); the language's own form ("2 -") where the source did not say
        assertThat(xml).contains("<num>1-</num>", "<num>2 -</num>");
    }

    @Test
    void aTextAdoptedWithoutAVoteSaysSoAsAVotesOutcome() throws Exception {
        Metadata meta = Metadata.EMPTY.withLanguage(Language.RUSSIAN).with(Field.NUMBER, "55/14");
        String xml = akn(Document.of(meta, List.of(new Operative("1", List.of(new Text("постановляет")), List.of()),
                new Closing("4 апреля 2024 года", Optional.of(LocalDate.of(2024, 4, 4)), "54-е заседание"),
                new org.rapporteur.model.AdoptionNote("[Принята без голосования.]"))));
        assertThat(xml).contains("<outcome refersTo=\"#adoptedWithoutVote\">[Принята без голосования.]</outcome>",
                "<TLCTerm eId=\"adoptedWithoutVote\"");
        // any other adoption note stays a paragraph
        String other = akn(Document.of(meta, List.of(new Operative("1", List.of(new Text("постановляет")), List.of()),
                new Closing("4 апреля 2024 года", Optional.of(LocalDate.of(2024, 4, 4)), "54-е заседание"),
                new org.rapporteur.model.AdoptionNote("[Принята на 54-м заседании.]"))));
        assertThat(other).contains("<p>[Принята на 54-м заседании.]</p>").doesNotContain("adoptedWithoutVote");
    }
}
