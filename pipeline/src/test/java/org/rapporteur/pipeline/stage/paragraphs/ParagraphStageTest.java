package org.rapporteur.pipeline.stage.paragraphs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Document;
import org.rapporteur.model.Language;
import org.rapporteur.pipeline.Docs;

class ParagraphStageTest {
    private static Document run(Language language, String text) {
        return new ParagraphStage().apply(Docs.lines(language, text));
    }

    @Test
    void wrappedLatinLinesJoinWithOneSpace() {
        Document d = run(Language.ENGLISH, """
                Recalling its resolution 64/171 of 18 December 2009
                on enhancement of international cooperation,

                Reaffirming the importance of dialogue,
                """);
        assertThat(Docs.paragraphs(d)).containsExactly(
                "Recalling its resolution 64/171 of 18 December 2009 on enhancement of international cooperation,",
                "Reaffirming the importance of dialogue,");
    }

    @Test
    void aLabelTheWrapPutAfterACitedNumberGoesOnWithItsSentence() {
        Document d = run(Language.ENGLISH, """
                Requests the administering Powers to transmit information under Article 73
                (e) of the Charter, and in particular:
                (a) To formulate specific proposals in 2023;
                (b) To continue to examine the implementation;
                """);
        assertThat(Docs.paragraphs(d)).containsExactly(
                "Requests the administering Powers to transmit information under Article 73 (e) of the Charter, and in particular:",
                "(a) To formulate specific proposals in 2023;", "(b) To continue to examine the implementation;");
        Document arabic = run(Language.ARABIC, "تطلب إلى الدول القائمة بالإدارة أن تحيل المعلومات بموجب المادة 73\n(ب) من الميثاق؛\n");
        assertThat(Docs.paragraphs(arabic)).containsExactly("تطلب إلى الدول القائمة بالإدارة أن تحيل المعلومات بموجب المادة 73 (ب) من الميثاق؛");
    }

    @Test
    void chineseLinesJoinWithoutASpace() {
        Document d = run(Language.CHINESE, " 铭记联合国的宗旨包括发展国际间以尊重人民平等权利和自决原则为基础\n\n"
                + "的友好关系，会议 1993\n\n年 6 月通过， \n\n 希望进一步发展国际合作， \n");
        assertThat(Docs.paragraphs(d)).containsExactly(
                "铭记联合国的宗旨包括发展国际间以尊重人民平等权利和自决原则为基础的友好关系，会议 1993年 6 月通过，",
                "希望进一步发展国际合作，");
    }

    @ParameterizedTest(name = "{0}|{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            the promotion of sustainable develop- | ment goals             | the promotion of sustainable development goals
            Territories and Non-Self-             | Governing Territories  | Territories and Non-Self-Governing Territories
            the spread of COVID-                  | 19 pandemic            | the spread of COVID-19 pandemic
            to ensure the well-                   | being of all children  | to ensure the well-being of all children
            and promote the inter-                | national order         | and promote the international order
            non-                                  | discrimination matters | non-discrimination matters
            the twenty-                           | seventh special session | the twenty-seventh special session
            """)
    void lineEndHyphensAreResolvedHonestly(String first, String second, String expected) {
        // (the first paragraph shows that the document breaks words at line ends: "Assembly" is written whole)
        Document d = run(Language.ENGLISH, "The Assem-\nbly and the Assembly.\n\n" + first + "\n" + second + "\n");
        assertThat(Docs.paragraphs(d)).containsExactly("The Assembly and the Assembly.", expected);
    }

    @Test
    void aDocumentThatShowsNoWordBrokenAtALineEndKeepsItsLineEndHyphens() {
        // (a split a dictionary knows as one word, "develop-|ment", is hyphenation even here: DehyphenatorTest)
        Document d = run(Language.ENGLISH, "Welcoming multi-\nstakeholder partnerships and the decision-\nmaking goals,\n");
        assertThat(Docs.paragraphs(d)).containsExactly("Welcoming multi-stakeholder partnerships and the decision-making goals,");
    }

    @Test
    void aParagraphNumberAloneOnItsLineGoesOnWithTheNextLine() {
        // pdftotext's default mode sets the number apart from the text after its tab
        Document d = run(Language.ENGLISH, "Noting the report,\n1.\nUrges Member States to observe the Truce,\n"
                + "within the Charter;\n2.\nUnderlines the importance of cooperation;\n");
        assertThat(Docs.paragraphs(d)).containsExactly("Noting the report,", "1. Urges Member States to observe the Truce, "
                + "within the Charter;", "2. Underlines the importance of cooperation;");
    }

    @Test
    void amongNumberedOperativeParagraphsAVerbalAdverbAfterACommaGoesOn() {
        // default-mode text of a Russian resolution: "способствуя" would open a preambular paragraph
        String full = "а".repeat(70);
        Document d = run(Language.RUSSIAN, ("признавая " + full + "\n").repeat(8) + "6.\nпризнает, что спорт " + full
                + "\nиспользоваться для поощрения прав человека и усиления всеобщего уважения к ним,\n"
                + "способствуя тем самым полной реализации таких прав;\n7.\nприветствует сотрудничество;\n");
        assertThat(Docs.paragraphs(d)).endsWith("6. признает, что спорт " + full + " использоваться для поощрения прав "
                + "человека и усиления всеобщего уважения к ним, способствуя тем самым полной реализации таких прав;",
                "7. приветствует сотрудничество;");
    }

    @Test
    void aSplitAfterAClauseInTextWithoutParagraphMarksIsAWarningUnlessTheNextLineOpensAParagraph() {
        // default-mode text that spread a justified line one word a line: the short line "государств-членов,"
        // reads as a paragraph's end
        String full = "а".repeat(70);
        Document d = run(Language.RUSSIAN, ("признавая " + full + "\n").repeat(8) + "7.\nприветствует\nсотрудничество\n"
                + "государств-членов,\nОрганизации Объединенных Наций и " + full + "\nи программ;\n");
        assertThat(d.warnings()).filteredOn(w -> w.kind() == org.rapporteur.model.Warning.Kind.UNCERTAIN_PARAGRAPH)
                .extracting(org.rapporteur.model.Warning::message).containsExactly("page 1: a paragraph taken to start after a "
                        + "clause, in text without indents or blank lines, at \"Организации Объединенных Наций и…\"");
        // the same short line before an opening of the language is a paragraph's end, no guess
        Document sure = run(Language.RUSSIAN, ("признавая " + full + "\n").repeat(8) + "государств-членов,\nпризнавая также "
                + full + "\n");
        assertThat(sure.warnings()).noneMatch(w -> w.kind() == org.rapporteur.model.Warning.Kind.UNCERTAIN_PARAGRAPH);
    }

    @Test
    void aChineseAndRecallingAfterACommaGoesOnWithItsSentence() {
        // default-mode text: "并回顾" ("and recalling") after a comma is no new paragraph; "又回顾" is
        String full = "回顾《儿童权利公约》第三十一条，其中阐明儿童从事游戏和娱乐活动的权利和义务，";
        Document d = run(Language.CHINESE, (full + "\n").repeat(8) + full + "\n并回顾关于儿童问题的成果文件，\n"
                + "又回顾其决议，\n");
        List<String> paragraphs = Docs.paragraphs(d);
        assertThat(paragraphs.get(paragraphs.size() - 2)).endsWith(full + "并回顾关于儿童问题的成果文件，");
        assertThat(paragraphs).last().isEqualTo("又回顾其决议，");
    }

    @Test
    void frenchAndEnglishPreamblesOpenWithAReflexiveOrAnAdverbAndAParticiple() {
        // default-mode text: no indent, no blank line; a full line ending a clause, then the opening
        String full = "x".repeat(60);
        Document fr = run(Language.FRENCH, "Rappelant " + full + "\nla résolution " + full + " équilibrée et intégrée,\n"
                + "Se félicitant que Paris 2024 contribue à promouvoir l’activité physique " + full + "\nau sport,\n"
                + "Profondément préoccupée par " + full + "\nles conflits,\n" + ("Notant " + full + "\n").repeat(8));
        assertThat(Docs.paragraphs(fr)).startsWith("Rappelant " + full + " la résolution " + full + " équilibrée et intégrée,",
                "Se félicitant que Paris 2024 contribue à promouvoir l’activité physique " + full + " au sport,",
                "Profondément préoccupée par " + full + " les conflits,");
        Document en = run(Language.ENGLISH, "Recalling " + full + "\nthe resolution " + full + " of 2023,\n"
                + "Deeply concerned by " + full + "\nthe conflicts,\n" + ("Noting " + full + "\n").repeat(8));
        assertThat(Docs.paragraphs(en)).startsWith("Recalling " + full + " the resolution " + full + " of 2023,",
                "Deeply concerned by " + full + " the conflicts,");
    }

    @Test
    void theClosingMeetingAndDateOnLinesOfTheirOwnEndTheLastParagraph() {
        // default-mode text of a Chinese resolution: nothing but the lines themselves tells the closing apart
        String full = "请秘书长继续审查特别委员会的可用资源，以确保委员会拥有与其按照大会有关决议相称的资金。";
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 8; k++) {
            text.append(full).append('\n');
        }
        text.append("请秘书长继续审查特别委员会的可用资源，以确保委员会拥有与其按照大会\n有关决议相称的资金、设施和服务。\n"
                + "第 45 次全体会议\n2023 年 12 月 7 日\n");
        Document d = run(Language.CHINESE, text.toString());
        List<String> paragraphs = Docs.paragraphs(d);
        assertThat(paragraphs).hasSizeGreaterThanOrEqualTo(3).endsWith("第 45 次全体会议", "2023 年 12 月 7 日");
        assertThat(paragraphs.get(paragraphs.size() - 3)).endsWith("有关决议相称的资金、设施和服务。");
    }

    @Test
    void aSplitAtAPageBreakThatTheTextDoesNotShowIsAWarningNamingThePage() {
        // default-mode text: a page ends at a comma and the next opens in lower case, not as a Russian
        // preamble does; too little text to know the document's own openings
        Document d = run(Language.RUSSIAN, "основываясь на информации, полученной от государств, учреждений,\n"
                + "\fгражданского общества, включая организации,\n");
        assertThat(d.warnings()).filteredOn(w -> w.kind() == org.rapporteur.model.Warning.Kind.UNCERTAIN_PARAGRAPH)
                .extracting(org.rapporteur.model.Warning::message).containsExactly(
                        "page 2: a paragraph taken to start after text that did not end at \"гражданского общества, включая…\"");
        // a page that opens as Russian preambles do is no doubt
        Document sure = run(Language.RUSSIAN, "основываясь на информации, полученной от государств, учреждений,\n"
                + "\fпризнавая также важность,\n");
        assertThat(sure.warnings()).noneMatch(w -> w.kind() == org.rapporteur.model.Warning.Kind.UNCERTAIN_PARAGRAPH);
    }

    @Test
    void documentEvidenceDecidesAHyphen() {
        Document d = run(Language.ENGLISH, "States stress that decision-making\n\nmust include decision-\nmaking bodies.\n\n"
                + "The ever-\nchanging world and the everchanging rules.\n");
        assertThat(Docs.paragraphs(d)).containsExactly("States stress that decision-making",
                "must include decision-making bodies.", "The everchanging world and the everchanging rules.");
    }

    @Test
    void twoWordsTheDocumentWritesAloneAreACompoundAtALineEnd() {
        Document d = run(Language.RUSSIAN, "люди с вариациями, известные как интерсекс-\nлюди, существуют,\n\n"
                + "права человека интерсекс людей,\n");
        assertThat(Docs.paragraphs(d)).startsWith("люди с вариациями, известные как интерсекс-люди, существуют,");
    }

    @Test
    void aRussianWordBeforeALineEndHyphenIsTheFirstOfACompound() {
        // "страны" is a word of the document: "страны-хозяева"; "со" of "со-действовать" is a syllable.
        Document d = run(Language.RUSSIAN, "страны приветствуют игры, чтобы содействовать спорту,\n\nпризывая страны-\n"
                + "хозяева со-\nдействовать инклюзии,\n");
        assertThat(Docs.paragraphs(d)).endsWith("призывая страны-хозяева содействовать инклюзии,");
    }

    @Test
    void aLineStartingWithPunctuationJoinsAsTheDocumentSpacesIt() {
        // French sets a space before ";" and ":": the break there keeps it; English does not.
        Document fr = run(Language.FRENCH, "Invite les États à coopérer avec les parties prenantes ; prie le Haut-Commissariat :\n\n"
                + "Encourage les États et les autres parties prenantes\n; prie aussi le Conseil :\n");
        assertThat(Docs.paragraphs(fr)).endsWith("Encourage les États et les autres parties prenantes ; prie aussi le Conseil :");
        Document en = run(Language.ENGLISH, "Invites States to cooperate; requests the Office:\n\nEncourages States and stakeholders\n"
                + "; requests also the Council:\n");
        assertThat(Docs.paragraphs(en)).endsWith("Encourages States and stakeholders; requests also the Council:");
    }

    @Test
    void aHyphenAfterADigitAtALineEndJoinsClose() {
        Document d = run(Language.ENGLISH, "initiatives such as 30-\nminute daily physical activity,\n");
        assertThat(Docs.paragraphs(d)).containsExactly("initiatives such as 30-minute daily physical activity,");
    }

    @Test
    void aDashSetCloseOnTheLeftIsSetCloseOnTheRight() {
        Document d = run(Language.RUSSIAN, "соответственно 14–30 июля и 15–\n27 августа 2028 года, детей—\nбез согласия и\n"
                + "спорта –\nи культуры,\n");
        assertThat(Docs.paragraphs(d)).containsExactly(
                "соответственно 14–30 июля и 15–27 августа 2028 года, детей—без согласия и спорта – и культуры,");
    }

    @Test
    void aLatinWordALineBreakSplitInChineseTextIsJoinedWhereTheDocumentWritesItWhole() {
        Document d = run(Language.CHINESE, "应对 COVID-19 疫情的努力，\n\n关于应对 CO\nVID-19 疫情的大会特别会议和联合国 United\n"
                + "Nations 系统，\n");
        assertThat(Docs.paragraphs(d)).containsExactly("应对 COVID-19 疫情的努力，",
                "关于应对 COVID-19 疫情的大会特别会议和联合国 United Nations 系统，");
    }

    @Test
    void aHyphenBeforeACompoundIsKeptWithoutEvidence() {
        Document d = run(Language.FRENCH, "Sachant que des personnes nées avec des variations, c’est-\nà-dire des "
                + "personnes intersexes, sont présentes,\n");
        assertThat(Docs.paragraphs(d)).containsExactly(
                "Sachant que des personnes nées avec des variations, c’est-à-dire des personnes intersexes, sont présentes,");
    }

    @Test
    void aShortLastLineEndingInAColonIsNoVoteLabelAfterAComma() {
        Document d = run(Language.CHINESE, "8. 请特别委员会继续寻求适当途径，开展大会核可的行动，\n特别是：\n(a) 拟订具体提议；\n"
                + "[经记录表决通过。表决情况如下：\n赞成：\n阿根廷、贝宁\n");
        assertThat(Docs.paragraphs(d)).containsExactly("8. 请特别委员会继续寻求适当途径，开展大会核可的行动，特别是：",
                "(a) 拟订具体提议；", "[经记录表决通过。表决情况如下：", "赞成：", "阿根廷、贝宁");
    }

    @Test
    void numberedParagraphsOnConsecutiveLinesAreSeparateParagraphs() {
        Document d = run(Language.CHINESE, "1. 重申国际合作；\n2. 确认各国责任；\n(a) 第一项；\n");
        assertThat(Docs.paragraphs(d)).containsExactly("1. 重申国际合作；", "2. 确认各国责任；", "(a) 第一项；");
    }

    @Test
    void aParagraphCutByAPageBreakGoesOnUnlessItHadEnded() {
        Document d = run(Language.ENGLISH, "Recalling the Durban Review Conference held in\n\fGeneva in April 2009,\n"
                + "\fRecognizing the importance of cooperation,\n");
        assertThat(Docs.paragraphs(d)).containsExactly("Recalling the Durban Review Conference held in Geneva in April 2009,",
                "Recognizing the importance of cooperation,");
    }

    @Test
    void aLowerCaseStartAfterAPageBreakGoesOnEvenAfterACommaWhereParagraphsOpenWithCapitals() {
        Document d = run(Language.FRENCH, "Réaffirmant sa résolution 70/1,\n\nGuidée par la Charte,\n\nRappelant sa résolution 76/13,\n\n"
                + "Rappelant également sa résolution 74/16,\n\nConsciente du rôle du sport,\n\nNotant le drapeau,\n\n"
                + "1. Demande instamment aux États Membres d’observer la Trêve,\n"
                + "\ftant individuellement que collectivement ;\n2. Souligne les valeurs.\n");
        assertThat(Docs.paragraphs(d)).hasSize(8).contains(
                "1. Demande instamment aux États Membres d’observer la Trêve, tant individuellement que collectivement ;");
    }

    @Test
    void amongNumberedOperativeParagraphsUnnumberedTextAfterAPageBreakGoesOnAComma() {
        Document d = run(Language.ARABIC, "1 - يطلب إلى المفوضية أن تعد تقريراً، بما في ذلك الحماية القانونية،\n"
                + "\fولا سيما عند تناول مسألة الحق في الصحة؛\n2 - يقرر أن يبقي هذه المسألة قيد نظره.\n"
                + "\f4 نيسان/أبريل 2024\n\nالجلسة 54\n");
        assertThat(Docs.paragraphs(d)).containsExactly(
                "1 - يطلب إلى المفوضية أن تعد تقريراً، بما في ذلك الحماية القانونية، ولا سيما عند تناول مسألة الحق في الصحة؛",
                "2 - يقرر أن يبقي هذه المسألة قيد نظره.", "4 نيسان/أبريل 2024", "الجلسة 54");
    }

    @Test
    void whereParagraphsOpenInLowerCaseAsRussianPreamblesDoALowerCaseStartIsNoContinuation() {
        Document d = run(Language.RUSSIAN, "ссылаясь на свою резолюцию 76/13,\n\nссылаясь также на резолюцию 48/11,\n"
                + "\fнапоминая о том, что идея заключалась в обеспечении безопасности,\n\n"
                + "признавая вклад спорта,\n\nотмечая флаг,\n\nприветствуя игры,\n");
        assertThat(Docs.paragraphs(d)).hasSize(6).contains("ссылаясь также на резолюцию 48/11,",
                "напоминая о том, что идея заключалась в обеспечении безопасности,");
    }

    @Test
    void whereCapitalsCannotTellTextThatOpensAsNoParagraphDoesGoesOnAfterACutAtAComma() {
        // "воспитание" opens no paragraph and is no verbal adverb: the page cut the paragraph; "с удовлетворением
        // отмечая" opens one, as the document's other paragraphs do.
        Document d = run(Language.RUSSIAN, "ссылаясь на свою резолюцию 76/13,\n\nпризнавая вклад спорта,\n\n"
                + "отмечая флаг,\n\nприветствуя игры,\n\nссылаясь также на резолюцию 48/11,\n\n"
                + "констатируя совместные усилия комитетов, направленные на\n\f"
                + "воспитание детей и молодежи, гендерное равенство,\n\fс удовлетворением отмечая успех,\n");
        assertThat(Docs.paragraphs(d)).containsExactly("ссылаясь на свою резолюцию 76/13,", "признавая вклад спорта,",
                "отмечая флаг,", "приветствуя игры,", "ссылаясь также на резолюцию 48/11,",
                "констатируя совместные усилия комитетов, направленные на воспитание детей и молодежи, гендерное равенство,",
                "с удовлетворением отмечая успех,");
    }

    @Test
    void aNameAfterACutAtACommaGoesOnWhereNoParagraphOpensWithIt() {
        // "Inhuman" is no participle and opens no paragraph: a treaty's name the page cut; "Welcoming" opens one.
        Document d = run(Language.ENGLISH, "Recalling resolution 76/13,\n\nRecognizing the role of sport,\n\n"
                + "Noting the flag,\n\nWelcoming the games,\n\nReaffirming resolution 48/11,\n\n"
                + "Recalling the Convention against Torture and Other Cruel,\n\f"
                + "Inhuman or Degrading Treatment or Punishment,\n\fDeeply concerned at the violence,\n\f"
                + "Mindful of the Charter,\n");
        assertThat(Docs.paragraphs(d)).endsWith(
                "Recalling the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment,",
                "Deeply concerned at the violence,", "Mindful of the Charter,");
    }

    @Test
    void russianNounsAndParticiplesInYaAndConjunctionsAreNoVerbalAdverbs() {
        // "образования" (a noun in -ия), "начинающийся" (a participle), "включая" ("including") and "и приветствуя"
        // ("and welcoming") go on with the sentence the page cut; "признавая" opens a paragraph.
        Document d = run(Language.RUSSIAN, "ссылаясь на свою резолюцию 76/13,\n\nпризнавая вклад спорта,\n\n"
                + "отмечая флаг,\n\nприветствуя игры,\n\nссылаясь также на резолюцию 48/11,\n\n"
                + "напоминая о целях в области здравоохранения,\n\fобразования и социальной интеграции,\n\n"
                + "напоминая о прекращении междоусобиц на срок,\n\fначинающийся за семь дней до игр,\n\n"
                + "выражая обеспокоенность по поводу насилия,\n\fвключая детей,\n\n"
                + "отмечая успешное завершение игр,\n\fи приветствуя игры в Милане,\n\fпризнавая роль спорта,\n");
        assertThat(Docs.paragraphs(d)).endsWith(
                "напоминая о целях в области здравоохранения, образования и социальной интеграции,",
                "напоминая о прекращении междоусобиц на срок, начинающийся за семь дней до игр,",
                "выражая обеспокоенность по поводу насилия, включая детей,",
                "отмечая успешное завершение игр, и приветствуя игры в Милане,", "признавая роль спорта,");
    }

    @Test
    void chineseTextAfterACutAtACommaGoesOnUnlessItOpensWithAnOpeningVerb() {
        // "并努力实现" and "其中缔约国" go on with the sentence; "又回顾" and "深为关切" open paragraphs.
        Document d = run(Language.CHINESE, "回顾大会第76/13号决议，\n\n重申体育的作用，\n\n注意到奥林匹克旗帜，\n\n"
                + "欢迎奥运会，\n\n确认体育的贡献，\n\n赞赏地注意到国际奥林匹克委员会分配了相同数量的配额，\n\f"
                + "并努力实现运动领域的性别平等，\n\f又回顾《残疾人权利公约》第三十条，\n\f"
                + "其中缔约国确认残疾人有权参与文化生活，\n\f深为关切暴力行为，\n");
        assertThat(Docs.paragraphs(d)).endsWith("赞赏地注意到国际奥林匹克委员会分配了相同数量的配额，并努力实现运动领域的性别平等，",
                "又回顾《残疾人权利公约》第三十条，其中缔约国确认残疾人有权参与文化生活，", "深为关切暴力行为，");
    }

    @Test
    void preambularOpeningsTheDocumentHasNotUsedYetStillOpenParagraphsAfterACut() {
        // Each opens as that language's preambles do, though no other paragraph of the document opens so.
        Document ru = run(Language.RUSSIAN, "ссылаясь на свою резолюцию 76/13,\n\nпризнавая вклад спорта,\n\n"
                + "отмечая флаг,\n\nприветствуя игры,\n\nссылаясь также на резолюцию 48/11,\n\nнапоминая о целях,\n\f"
                + "исходя из того, что спорт важен,\n");
        assertThat(Docs.paragraphs(ru)).endsWith("напоминая о целях,", "исходя из того, что спорт важен,");
        Document ar = run(Language.ARABIC, "إذ تشير إلى قرارها،\n\nوإذ تلاحظ العلم،\n\nوإذ ترحب بالألعاب،\n\n"
                + "وإذ تؤكد من جديد المبادئ،\n\nوإذ تدرك الدور،\n\f" + "وقد نظرت في تقرير الأمين العام،\n");
        assertThat(Docs.paragraphs(ar)).endsWith("وإذ تدرك الدور،", "وقد نظرت في تقرير الأمين العام،");
        Document zh = run(Language.CHINESE, "回顾大会第76/13号决议，\n\n重申体育的作用，\n\n注意到奥林匹克旗帜，\n\n"
                + "欢迎奥运会，\n\n确认体育的贡献，\n\f欣见各国作出的努力，\n\f强烈谴责一切暴力行为，\n");
        assertThat(Docs.paragraphs(zh)).endsWith("确认体育的贡献，", "欣见各国作出的努力，", "强烈谴责一切暴力行为，");
    }

    @Test
    void anArabicMarkInItsBracketsBeforeACutSaysNothingAboutTheParagraphsEnd() {
        // (the footnote stage first, as in the pipeline: the mark becomes a reference, its brackets stay text)
        Document lines = Docs.lines(Language.ARABIC, "إذ تشير إلى قرارها،\n\nوإذ تلاحظ العلم،\n\nوإذ ترحب بالألعاب،\n\n"
                + "وإذ تؤكد من جديد المبادئ،\n\nوإذ تدرك الدور،\n\nوإذ تشير إلى إعلان الألفية(¹)\n\n¹ القرار 55/2.\n\f"
                + "نداءً يدعو إلى مراعاة الهدنة،\n\fوإذ تسلم بالدور،\n");
        Document d = new ParagraphStage().apply(new org.rapporteur.pipeline.stage.footnotes.FootnoteStage().apply(lines));
        assertThat(Docs.paragraphs(d)).endsWith("وإذ تشير إلى إعلان الألفية([^1]) نداءً يدعو إلى مراعاة الهدنة،",
                "وإذ تسلم بالدور،");
    }

    @Test
    void arabicPreambularParagraphsOpenWithIdhOrAVerbalNounAndMinha() {
        Document d = run(Language.ARABIC, "إذ تشير إلى قرارها،\n\nوإذ تلاحظ العلم،\n\nوإذ ترحب بالألعاب،\n\n"
                + "وإذ تؤكد من جديد المبادئ،\n\nوإذ تدرك الدور،\n\nوإذ تسلم بمبادئ الميثاق، بما في ذلك أن التمتع بالحقوق مضمون للجميع،\n\f"
                + "دون تمييز من أي نوع،\n\fوإقراراً منها بما تقدمه الرياضة،\n");
        assertThat(Docs.paragraphs(d)).endsWith(
                "وإذ تسلم بمبادئ الميثاق، بما في ذلك أن التمتع بالحقوق مضمون للجميع، دون تمييز من أي نوع،",
                "وإقراراً منها بما تقدمه الرياضة،");
    }

    /** A line as the PDF reader measures it: {@code indent} in ems, whether layout says a paragraph starts. */
    private static org.rapporteur.model.Line pdfLine(int page, float y, int indent, boolean breakBefore, String text) {
        return new org.rapporteur.model.Line(page, java.util.List.of(new org.rapporteur.model.Text(text)),
                org.rapporteur.model.LineLayout.pdf(71 + indent * 11, y, 11).indent(indent).breakBefore(breakBefore).build());
    }

    @Test
    void inAPdfNothingGoesOnFromARightAlignedClosingLineNorFromOneVoteMemberToTheNextAcrossAPage() {
        Document lines = Document.of(org.rapporteur.model.Metadata.EMPTY.withLanguage(Language.CHINESE), java.util.List.of(
                pdfLine(1, 100, 2, true, "1. 决定在下届会议上继续审议此事。"),
                pdfLine(1, 130, 32, true, "2022 年 7 月 7 日"),
                pdfLine(1, 146, 35, true, "第 39 次会议"),
                pdfLine(2, 85, 0, false, "[经记录表决，以 2 票赞成、0 票反对、0 票弃权获得通过。表决结果如下："),
                pdfLine(2, 110, 3, true, "赞成："),
                pdfLine(2, 130, 6, true, "阿根廷"),
                pdfLine(2, 700, 6, true, "马绍尔群岛"),
                pdfLine(3, 85, 6, true, "黑山]")));
        assertThat(Docs.paragraphs(new ParagraphStage().apply(lines))).containsExactly("1. 决定在下届会议上继续审议此事。",
                "2022 年 7 月 7 日", "第 39 次会议", "[经记录表决，以 2 票赞成、0 票反对、0 票弃权获得通过。表决结果如下：",
                "赞成：", "阿根廷", "马绍尔群岛", "黑山]");
    }

    /** A measured line with {@code slack} ems left before the column's edge. */
    private static org.rapporteur.model.Line pdfLine(int page, float y, int indent, boolean breakBefore, double slack, String text) {
        return new org.rapporteur.model.Line(page, java.util.List.of(new org.rapporteur.model.Text(text)),
                org.rapporteur.model.LineLayout.pdf(71 + indent * 11, y, 11).indent(indent).breakBefore(breakBefore)
                        .slack(slack).build());
    }

    @Test
    void inAPdfAParagraphThatStoppedShortBeforeAPageBreakEndedThereEvenAtAComma() {
        // Sub-paragraphs set as indented blocks: a line at their indent on top of a page goes on with the one
        // above when that one was full ("…and to" | "present…"), not when it stopped short ("…to States,").
        Document lines = Document.of(org.rapporteur.model.Metadata.EMPTY.withLanguage(Language.ENGLISH), java.util.List.of(
                pdfLine(1, 100, 2, true, 0, "1. Requests the Office:"),
                pdfLine(1, 120, 4, true, 0.5, "(a) An analysis of laws, and to"),
                pdfLine(2, 85, 4, true, 30, "present it to the Council;"),
                pdfLine(2, 105, 4, true, 38, "(b) Recommendations to States,"),
                pdfLine(3, 85, 4, true, 25, "and to present the report to the Council;"),
                pdfLine(3, 105, 2, true, 30, "2. Decides to remain seized of the matter.")));
        assertThat(Docs.paragraphs(new ParagraphStage().apply(lines))).containsExactly("1. Requests the Office:",
                "(a) An analysis of laws, and to present it to the Council;", "(b) Recommendations to States,",
                "and to present the report to the Council;", "2. Decides to remain seized of the matter.");
    }

    @Test
    void aVoteLabelOfTheLanguageStandsAloneWhateverTheLayoutShows() {
        // a PDF that sets the record's lines at the margin, one after the other, no space between
        Document lines = Document.of(org.rapporteur.model.Metadata.EMPTY.withLanguage(Language.ENGLISH), java.util.List.of(
                pdfLine(1, 100, 0, true, 0, "[Adopted by a recorded vote of 2 to 1, with 1 abstention. The voting was as follows:"),
                pdfLine(1, 113, 0, false, 0, "In favour:"),
                pdfLine(1, 126, 0, false, 40, "Argentina, Benin"),
                pdfLine(1, 139, 0, false, 60, "Against:"),
                pdfLine(1, 152, 0, false, 60, "Finland"),
                pdfLine(1, 165, 0, false, 60, "Abstaining:"),
                pdfLine(1, 178, 0, false, 60, "Brazil]")));
        assertThat(Docs.paragraphs(new ParagraphStage().apply(lines))).containsExactly(
                "[Adopted by a recorded vote of 2 to 1, with 1 abstention. The voting was as follows:", "In favour:",
                "Argentina, Benin", "Against:", "Finland", "Abstaining:", "Brazil]");
    }

    @Test
    void inDefaultModeTextAFullLineEndingAClauseThenAnOpeningStartsAParagraph() {
        // pdftotext without -layout: no indents, no blank lines; the second paragraph follows a full line
        // that ends at a comma, and opens as English preambular paragraphs do
        String text = """
                Recalling its resolution 76/13 of 2 December 2021, in which it decided to include in the
                provisional agenda of its seventy-eighth session the sub-item entitled "Building a peaceful and
                better world through sport and the Olympic ideal", and recalling also its prior decision to
                consider the sub-item every two years, in advance of the Summer and Winter Olympic Games,
                Recalling also its resolution 48/11 of 25 October 1993, which, inter alia, revived the
                ancient Greek tradition of ekecheiria calling for a truce during the Olympic Games to the
                cause of peace,
                Welcoming the designation of 6 April as the International Day of Sport for Development
                and Peace,
                """;
        assertThat(Docs.paragraphs(run(Language.ENGLISH, text))).hasSize(3);
        assertThat(Docs.paragraphs(run(Language.ENGLISH, text)).get(1)).startsWith("Recalling also its resolution 48/11")
                .endsWith("cause of peace,");
        // Russian opens its preambular paragraphs with a verbal adverb in lower case
        String russian = """
                ссылаясь на свою резолюцию 76/13 от 2 декабря 2021 года, в которой она постановила включить
                в предварительную повестку дня своей семьдесят восьмой сессии подпункт, озаглавленный
                «Построение мирного и лучшего мира посредством спорта и олимпийского идеала», и ссылаясь также
                на свое предыдущее решение рассматривать этот подпункт один раз в два года, до Олимпийских игр,
                признавая ценный вклад спорта в содействие образованию, устойчивому развитию, миру,
                сотрудничеству и солидарности на местном, региональном и международном уровнях, и отмечая, что
                спорт может способствовать созданию атмосферы терпимости и понимания между народами и нациями,
                приветствуя объявление 6 апреля Международным днем спорта на благо развития и мира,
                """;
        // (the rule needs enough lines to know how long a full line is)
        assertThat(Docs.paragraphs(run(Language.RUSSIAN, russian))).hasSize(3).element(1).asString()
                .startsWith("признавая ценный вклад");
    }
}
