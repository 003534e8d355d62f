package org.rapporteur.pipeline.stage.footnotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Document;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Language;
import org.rapporteur.model.Note;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Warning;
import org.rapporteur.pipeline.Docs;
import org.rapporteur.pipeline.stage.paragraphs.ParagraphStage;

class FootnoteStageTest {
    private static Document run(Language language, String text) {
        return new ParagraphStage().apply(new FootnoteStage().apply(Docs.lines(language, text)));
    }

    private static List<Note> notes(Document d) {
        List<Note> notes = new java.util.ArrayList<>();
        d.blocks(Paragraph.class).forEach(p -> Inlines.collectNotes(p.content(), notes));
        return notes;
    }

    /** Each note as its label and text: "1 Resolution 70/1.". */
    private static List<String> labelled(Document d) {
        return notes(d).stream().map(n -> n.label() + " " + Inlines.plainText(n.content())).toList();
    }

    @Test
    void marksGluedToWordsInLatinTextAfterPunctuation() {
        Document d = run(Language.ENGLISH, """
                Reaffirming the Vienna Declaration and Programme of Action,1 and recalling its
                resolution 64/171 of 18 December 2009 and the work of the G77,2

                1 A/CONF.157/24 (Part I), chap. III.
                2 See resolution 55/2.
                """);
        assertThat(Docs.paragraphs(d)).containsExactly("Reaffirming the Vienna Declaration and Programme of "
                + "Action,[^1] and recalling its resolution 64/171 of 18 December 2009 and the work of the G77,[^2]");
        assertThat(notes(d)).extracting(n -> Inlines.plainText(n.content()))
                .containsExactly("A/CONF.157/24 (Part I), chap. III.", "See resolution 55/2.");
    }

    @Test
    void aMarkInsideANoteRefersToTheNoteItNames() {
        Document d = run(Language.ENGLISH, """
                Recalling the 2005 World Summit Outcome,¹ and the Millennium Declaration,²

                ¹ Resolution 60/1, which recalls the Declaration² and the Agenda.³
                ² Resolution 55/2.
                ³ Resolution 70/1.
                """);
        assertThat(Docs.paragraphs(d)).containsExactly(
                "Recalling the 2005 World Summit Outcome,[^1] and the Millennium Declaration,[^2]");
        List<Note> notes = notes(d);
        assertThat(notes).hasSize(2);
        assertThat(Docs.withMarks(notes.get(0).content()))
                .isEqualTo("Resolution 60/1, which recalls the Declaration[^2] and the Agenda.[^3]");
        // The note referred to from note 1 is the very note the body refers to: one note, two references.
        assertThat(notes.get(0).content().get(1)).isEqualTo(new org.rapporteur.model.NoteRef(notes.get(1)));
        // Note 3 has its reference inside note 1, so it is no orphan to attach somewhere.
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void aMarkInsideANoteNamingNoNoteStaysTextWithAWarning() {
        Document d = run(Language.ENGLISH, """
                Recalling the 2005 World Summit Outcome,¹

                ¹ Resolution 60/1, para. 13⁹.
                """);
        assertThat(Docs.withMarks(notes(d).get(0).content())).isEqualTo("Resolution 60/1, para. 139.");
        assertThat(d.warnings()).extracting(Warning::kind).containsExactly(Warning.Kind.ORPHAN_MARK);
        assertThat(d.warnings().get(0).message()).contains("mark 9 inside footnote 1");
    }

    @Test
    void aNumberGluedToAWordIsNoMarkWithoutItsNote() {
        Document d = run(Language.ENGLISH, "The Group of 77 and the G77 welcome COVID-19 vaccines.\n");
        assertThat(Docs.paragraphs(d)).containsExactly("The Group of 77 and the G77 welcome COVID-19 vaccines.");
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void digitsAloneOnALineAfterARuleAndInTheBody() {
        // pdftotext style: a mark on its own line, notes after a separator line of spaces.
        Document d = run(Language.CHINESE, " 重申《维也纳宣言和行动纲领》\n\n1 \n\n的相关规定， \n\n"
                + "                                                           \n1\n A/CONF.157/24(Part I)。 \n"
                + "  回顾其以往决议， \n");
        assertThat(Docs.paragraphs(d)).containsExactly("重申《维也纳宣言和行动纲领》[^1]的相关规定，", "回顾其以往决议，");
        assertThat(notes(d)).singleElement().extracting(n -> Inlines.plainText(n.content()))
                .isEqualTo("A/CONF.157/24(Part I)。");
    }

    @Test
    void aNumberEndingALineBeforeAUnitIsADateNotTheMarkExpectedNext() {
        // Note 1 is expected next, but "2007年1" goes on with "月": a month. The mark stands alone after it.
        Document d = run(Language.CHINESE, " 满意地回顾于2006年2月和2007年1\n\n月举行了全民投票；\n\n1 \n\n"
                + " 2. 决定继续审议此事。 \n\n"
                + "                                                           \n1\n A/78/207。 \n");
        assertThat(Docs.paragraphs(d)).containsExactly("满意地回顾于2006年2月和2007年1月举行了全民投票；[^1]",
                "2. 决定继续审议此事。");
    }

    @Test
    void aNumberALayoutBrokeAcrossTwoLinesIsNotTheMarkExpectedNext() {
        // LibreOffice breaks a number after its first digit in Chinese text: "宣布1" then "999-2000年", where
        // note 1 is the one expected next
        Document d = run(Language.CHINESE, " 1. 重申其决议，包括宣布1\n\n999-2000年为第四个国际十年；\n\n"
                + " 2. 决定继续审议此事。\n\n1 \n\n"
                + "                                                           \n1\n A/78/23。 \n");
        assertThat(Docs.paragraphs(d)).containsExactly("1. 重申其决议，包括宣布1999-2000年为第四个国际十年；",
                "2. 决定继续审议此事。[^1]");
    }

    @Test
    void aMarkPdftotextSetApartBySpacesIsFoundForANoteNothingElseRefersTo() {
        Document d = run(Language.ENGLISH, "Recalling the Millennium Declaration 1 of an appeal for the Truce,\n\n"
                + "Recalling the Convention,2 in which States recognized the right,\n\n¹ Resolution 55/2.\n\n² Treaty Series.\n");
        assertThat(Docs.paragraphs(d)).containsExactly("Recalling the Millennium Declaration[^1] of an appeal for the Truce,",
                "Recalling the Convention,[^2] in which States recognized the right,");
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void aNumberAfterAWordThatCountsIsNoSpacedMark() {
        // "paragraph 1 of" names a paragraph: the note stays an orphan, attached where it was found, with a warning.
        Document d = run(Language.ENGLISH, "Recalling paragraph 1 of its resolution,\n\n¹ Resolution 55/2.\n");
        assertThat(Docs.paragraphs(d)).containsExactly("Recalling paragraph 1 of its resolution,[^1]");
        assertThat(d.warnings()).extracting(w -> w.kind()).containsExactly(org.rapporteur.model.Warning.Kind.ORPHAN_NOTE);
    }

    @Test
    void notesDroppedInsideAParagraphAreTakenOutAndTheParagraphGoesOn() {
        Document d = run(Language.CHINESE, "还回顾德班会议、2009 年在日内瓦\n\n¹ 第 55/2 号决议。\n\n² 第 66/3 号决议。\n\n"
                + "举行的审查会议，¹ 以及政治宣言，²\n\n认识到国际合作，\n");
        assertThat(Docs.paragraphs(d)).containsExactly("还回顾德班会议、2009 年在日内瓦举行的审查会议，[^1] 以及政治宣言，[^2]",
                "认识到国际合作，");
    }

    @Test
    void anArabicOperativeParagraphEndingAPageIsNoNote() {
        Document d = run(Language.ARABIC, "وإذ يعرب عن القلق البالغ،\n\n1 - يطلب إلى المفوضية أن تعد تقريراً عن الحق في\n"
                + "\fالتمتع بأعلى مستوى ممكن من الصحة؛\n");
        assertThat(notes(d)).isEmpty();
        assertThat(Docs.paragraphs(d)).containsExactly("وإذ يعرب عن القلق البالغ،",
                "1 - يطلب إلى المفوضية أن تعد تقريراً عن الحق في التمتع بأعلى مستوى ممكن من الصحة؛");
    }

    @Test
    void inPdftotextTextTheLineBeforeTheNotesSaysWhetherItsParagraphEnded() {
        String rule = " ".repeat(59) + "\n";
        // Arabic has no capitals to tell a continuation; the missing trailing space after "للجميع،" does.
        Document d = run(Language.ARABIC, " وإذ تسلم بمبادئ الميثاق الأولمبي¹، بما في ذلك أن التمتع\n\nبالحقوق مضمون للجميع،\n\n"
                + rule + "1\n ملاحظة أولى. \n  دون تمييز من أي نوع، \n\n وإذ تلاحظ مع الارتياح العلم، \n\n"
                + rule + "2\n ملاحظة ثانية. \n  وإذ ترحب بالألعاب، \n");
        assertThat(Docs.paragraphs(d)).containsExactly(
                "وإذ تسلم بمبادئ الميثاق الأولمبي[^1]، بما في ذلك أن التمتع بالحقوق مضمون للجميع، دون تمييز من أي نوع،",
                "وإذ تلاحظ مع الارتياح العلم،[^2]", "وإذ ترحب بالألعاب،");
    }

    @Test
    void aMarkWrappedToTheStartOfABodySizedPdfLineIsNoNoteLine() {
        // LibreOffice wraps the raised 5 of "…的成果文件，⁵" to the next line; only the smaller line under the
        // rule is the note.
        java.util.function.BiFunction<List<org.rapporteur.model.Inline>, Double, org.rapporteur.model.Line> line =
                (content, size) -> new org.rapporteur.model.Line(1, content,
                        org.rapporteur.model.LineLayout.pdf(72, 0, size).build());
        List<org.rapporteur.model.Block> lines = List.of(
                line.apply(List.of(new org.rapporteur.model.Text("并回顾大会特别会议的成果文件，")), 12.0),
                line.apply(List.of(new org.rapporteur.model.Mark("5"), new org.rapporteur.model.Text(" 其中强调体育运动，")), 12.0),
                new org.rapporteur.model.Line(1, List.of(), org.rapporteur.model.LineLayout.rule(org.rapporteur.model.LineLayout.pdf(72, 0, 9).build())),
                line.apply(List.of(new org.rapporteur.model.Mark("5"), new org.rapporteur.model.Text(" 第S-27/2号决议，附件。")), 9.0));
        Document d = new ParagraphStage().apply(new FootnoteStage().apply(
                Document.of(org.rapporteur.model.Metadata.EMPTY.withLanguage(Language.CHINESE), lines)));
        assertThat(Docs.paragraphs(d)).containsExactly("并回顾大会特别会议的成果文件，[^5] 其中强调体育运动，");
        assertThat(notes(d)).singleElement().extracting(n -> Inlines.plainText(n.content())).isEqualTo("第S-27/2号决议，附件。");
    }

    @Test
    void pdftotextSetsAPagesNotesAsNumberThenIndentedText() {
        Document d = run(Language.ENGLISH, "Recalling the 2005 World Summit Outcome,1 sports can contribute,\n\n"
                + "Recalling the Millennium Declaration,2\n\n\n1\n    Resolution 60/1.\n2\n    Resolution 55/2.\n"
                + "\fRecalling also the 2030 Agenda, sport is an enabler,\n");
        assertThat(labelled(d))
                .containsExactly("1 Resolution 60/1.", "2 Resolution 55/2.");
        assertThat(String.join("|", Docs.paragraphs(d))).contains("Outcome,[^1] sports", "Declaration,[^2]")
                .doesNotContain("Resolution");
    }

    @Test
    void pdftotextsDefaultModeInterleavesAPagesNumbersAndNoteTexts() {
        // poppler's default mode, as it read a LibreOffice page: the note texts before their numbers, the
        // numbers out of order; each number takes a text in the order the texts come
        Document d = run(Language.ENGLISH, "Recalling its resolution 70/1,1 and the Convention,2\n"
                + "and the outcome document,3 which stresses\nResolution 70/1.\nUnited Nations, Treaty Series, vol. 1577.\n3\n"
                + "Resolution S-27/2, annex.\n1\n2\n\fthe promotion of health,\n");
        assertThat(labelled(d)).containsExactly(
                "1 Resolution 70/1.", "2 United Nations, Treaty Series, vol. 1577.", "3 Resolution S-27/2, annex.");
        assertThat(Docs.paragraphs(d)).containsExactly("Recalling its resolution 70/1,[^1] and the Convention,[^2] and the "
                + "outcome document,[^3] which stresses the promotion of health,");
    }

    @Test
    void notesWrappedOverLinesWithTheFirstNumbersLastAreReadInOrder() {
        // as poppler read a page of many notes: the first two notes' texts, then "3" and its text, "4" and a
        // text over three lines, then the first two numbers
        Document d = run(Language.ENGLISH, "Recalling its resolutions,1 and the reports,2 and the Outcome,3\n"
                + "and the programme,4 in which it decided,\n\nA/78/101.\nA/78/102.\n3\nA/78/103.\n4\n"
                + "See Official Records of the General Assembly, Supplement No. 54,\nand the related reports of the "
                + "Secretary-General on the\nfollow-up to the outcome of the World Summit.\n1\n2\n\fto remain seized,\n");
        assertThat(labelled(d)).containsExactly(
                "1 A/78/101.", "2 A/78/102.", "3 A/78/103.", "4 See Official Records of the General Assembly, Supplement No. 54, "
                        + "and the related reports of the Secretary-General on the follow-up to the outcome of the World Summit.");
        assertThat(Docs.paragraphs(d)).startsWith("Recalling its resolutions,[^1] and the reports,[^2] and the Outcome,[^3] "
                + "and the programme,[^4] in which it decided,");
    }

    @Test
    void aChineseNoteWrappedOverTwoLinesBeforeItsNumberKeepsBothLines() {
        // every Chinese line opens as a note may: the blank line poppler left says where the notes begin
        Document d = run(Language.CHINESE, "回顾《儿童权利公约》第三十一条，1\n并回顾关于儿童问题的成果文件，2\n\n"
                + "见《大会正式记录，第七十八届会议，补编第 58 号》(A/78/58)，第五章，以及秘书长关于《行动纲\n"
                + "领》执行情况的相关报告。\n2\nA/78/109.\n1\n\f其中强调通过游戏，\n");
        assertThat(labelled(d)).containsExactly(
                "1 见《大会正式记录，第七十八届会议，补编第 58 号》(A/78/58)，第五章，以及秘书长关于《行动纲领》执行情况的相关报告。",
                "2 A/78/109.");
    }

    @Test
    void oneNumberAndOneTextAtAPagesEndAreANoteOnlyWhenSetApartByABlankLine() {
        Document d = run(Language.ENGLISH, "Recognizing the Convention on the Rights of\nPersons with Disabilities,1 in which\n"
                + "1\n\nUnited Nations, Treaty Series, vol. 2515.\n\fStates parties recognized the right,\n");
        assertThat(labelled(d))
                .containsExactly("1 United Nations, Treaty Series, vol. 2515.");
        // a mark alone on a body line with the text it stands in right after it is no note
        Document body = run(Language.ENGLISH, "Recalling the Declaration\n1\nof the Summit,\n\fand the Charter,\n");
        assertThat(notes(body)).isEmpty();
    }

    @Test
    void aMarkGluedToAYearOrAWordIsFoundForANoteNothingElseRefersTo() {
        Document d = run(Language.SPANISH, "Recordando el Documento Final de la Cumbre Mundial 2005 1, el deporte\n"
                + "y la Declaración del Milenio2 se incluye, y la Agenda 20303, el deporte,\n\n"
                + "1\n2\n3\n\nResolución 60/1.\nResolución 55/2.\nResolución 70/1.\n\fReconociendo el principio 6,\n");
        assertThat(String.join("|", Docs.paragraphs(d))).contains("Cumbre Mundial 2005[^1], el deporte",
                "Milenio[^2] se incluye", "Agenda 2030[^3], el deporte", "el principio 6,");
    }

    @Test
    void aChineseMarkAfterAColonOrSemicolonAtALineEndIsTheNextNote() {
        Document d = run(Language.CHINESE, "开展大会核可的行动，特别是：1\n(a)\n拟订终止殖民主义的具体提议；2\n\n"
                + "1 A/78/208。\n2 A/78/209。\n");
        assertThat(String.join("|", Docs.paragraphs(d))).contains("特别是：[^1]", "具体提议；[^2]");
    }

    @Test
    void aClosingDateWhoseDayIsTheNextNoteNumberIsNoNote() {
        Document d = run(Language.ENGLISH, "Recalling the Millennium Declaration,¹\n\n¹ Resolution 55/2.\n\n"
                + "1. Decides to remain seized of the matter.\n\n2 December 2023\n\n50th plenary meeting\n");
        assertThat(notes(d)).extracting(Note::label).containsExactly("1");
        assertThat(Docs.paragraphs(d)).contains("2 December 2023", "50th plenary meeting");
        Document spanish = run(Language.SPANISH, "1. Decide seguir ocupándose de la cuestión.\n\n"
                + "1 de diciembre de 2023\n\n50a sesión plenaria\n");
        assertThat(notes(spanish)).isEmpty();
    }

    @Test
    void twoMarksSideBySideAreTwoNotes() {
        Document d = run(Language.ENGLISH, "Recalling the Declaration and the Universal Declaration of Human Rights;²³\n\n"
                + "² Resolution 1514 (XV).\n\n³ Resolution 217 A (III).\n\nNoting the report,\n");
        assertThat(Docs.paragraphs(d)).containsExactly(
                "Recalling the Declaration and the Universal Declaration of Human Rights;[^2][^3]", "Noting the report,");
    }

    @Test
    void theClosingDateAfterTheLastPagesNotesIsBodyText() {
        // pdftotext style: the last page's notes, then the closing date and meeting
        Document d = run(Language.CHINESE, " 重申《维也纳宣言和行动纲领》\n\n1 \n\n的相关规定。 \n\n"
                + "                                                           \n1\n A/CONF.157/24(Part I)。 \n"
                + "2022 年 7 月 7 日 \n第 39 次会议 \n");
        assertThat(notes(d)).singleElement().extracting(n -> Inlines.plainText(n.content()))
                .isEqualTo("A/CONF.157/24(Part I)。");
        assertThat(String.join("|", Docs.paragraphs(d))).contains("2022 年 7 月 7 日");
    }

    @Test
    void aPageOpeningWithANumberThatGoesOnASentenceIsNoNote() {
        Document d = run(Language.ENGLISH, "Recalling the Millennium Declaration,¹ and paragraph\n\n¹ Resolution 55/2.\n\n\n\n"
                + "2 of resolution 60/1,\n\nRecognizing the role of sport,\n");
        assertThat(notes(d)).extracting(Note::label).containsExactly("1");
        assertThat(Docs.paragraphs(d)).containsExactly(
                "Recalling the Millennium Declaration,[^1] and paragraph 2 of resolution 60/1,", "Recognizing the role of sport,");
    }

    @Test
    void aNoteReferencedTwiceIsOneNote() {
        Document d = run(Language.ENGLISH, "Recalling the Declaration¹ and the Covenants,²\n\n"
                + "¹ Resolution 217 A (III).\n² Resolution 2200 A (XXI), annex.\n\n"
                + "1. Calls upon States to respect the Declaration¹ and the Covenants²\n");
        List<Note> notes = notes(d);
        assertThat(notes).hasSize(4);
        assertThat(notes.get(0)).isEqualTo(notes.get(2));
        assertThat(notes.get(1)).isEqualTo(notes.get(3));
    }

    @Test
    void orphanMarksAndNotesAreWarningsAndNothingIsLost() {
        Document d = run(Language.ENGLISH, "Recalling the Declaration³ of 1948,\n\n¹ An unreferenced note.\n");
        assertThat(d.warnings()).extracting(Warning::kind)
                .containsExactlyInAnyOrder(Warning.Kind.ORPHAN_MARK, Warning.Kind.ORPHAN_NOTE);
        assertThat(Docs.paragraphs(d)).containsExactly("Recalling the Declaration3 of 1948,[^1]");
    }
}
