package org.rapporteur.pipeline.pdf;

import static org.rapporteur.pipeline.pdf.PdfComposer.it;
import static org.rapporteur.pipeline.pdf.PdfComposer.sup;
import static org.rapporteur.pipeline.pdf.PdfComposer.t;

import java.io.IOException;
import java.nio.file.Path;

/** The generated PDF fixtures and, for the Chinese one, the same resolution as extracted text. */
final class PdfFixtures {
    private static final float LEFT = 71;
    private static final float INDENT = 93.7f;
    private static final float RIGHT = 524;

    private PdfFixtures() {
    }

    /**
     * Two pages: a running header repeating the title, a paragraph split across the page, a reference
     * mark used twice, and a footnote that continues onto the next page.
     */
    static Path chinese(Path dir) throws IOException {
        Path file = dir.resolve("zh_two_pages.pdf");
        try (PdfComposer c = new PdfComposer(true)) {
            c.page();
            c.line(LEFT, 53, 9, t("A/RES/99/1"));
            c.line(LEFT, 89, 14, t("99/1. 测试人权领域的国际合作"));
            c.line(INDENT, 120, 11, t("大会，"));
            c.line(INDENT, 150, 11, t("重申决心按照《联合国宪章》，以及世界人权会议 1993 年 6 月 25 日通过的"));
            c.line(LEFT, 174, 11, t("《维也纳宣言和行动纲领》"), sup("1"), t("的相关规定，促进国际合作，"));
            c.line(INDENT, 205, 11, t("回顾大会关于加强人权领域国际合作的各项决议，"), sup("2"));
            c.line(INDENT, 236, 11, t("1. 重申通过国际合作等途径促进、保护和鼓励尊重人权和基本自由是联合国"));
            c.line(LEFT, 260, 11, t("的宗旨之一，《维也纳宣言和行动纲领》"), sup("1"), t("也申明了这一点，这也是所有会员"));
            c.line(LEFT, 732, 8, t("1A/CONF.157/24(Part I)和 Corr.1，第三章。"));
            c.line(LEFT, 744, 8, t("2见《大会正式记录，第六十五届会议，补编第 53 号》"));
            c.line(LEFT, 797, 8, t("10-52441 (C)"));
            c.line(177, 797, 8, t("1/2"));
            c.page();
            c.line(LEFT, 53, 9, t("A/RES/99/1   测试人权领域的国际合作"));
            c.line(LEFT, 85, 11, t("国的责任；"));
            c.line(INDENT, 116, 11, t("2. 决定在大会下届会议上继续审议这个问题。"));
            c.right(RIGHT, 147, 11, "2010 年 12 月 21 日");
            c.right(RIGHT, 163, 11, "第 71 次全体会议");
            c.line(LEFT, 744, 8, t("(A/65/53)，第二章，A 节。"));
            c.line(LEFT, 797, 8, t("10-52441 (C)"));
            c.line(177, 797, 8, t("2/2"));
            c.save(file);
        }
        return file;
    }

    /** The same resolution as clean extracted text (superscript marks, notes where the page ended). */
    static String chineseText() {
        return """
                A/RES/99/1

                99/1. 测试人权领域的国际合作

                大会，

                重申决心按照《联合国宪章》，以及世界人权会议 1993 年 6 月 25 日通过的《维也纳宣言和行动纲领》¹的相关规定，促进国际合作，

                回顾大会关于加强人权领域国际合作的各项决议，²

                1. 重申通过国际合作等途径促进、保护和鼓励尊重人权和基本自由是联合国的宗旨之一，《维也纳宣言和行动纲领》¹也申明了这一点，这也是所有会员

                ¹ A/CONF.157/24(Part I)和 Corr.1，第三章。

                ² 见《大会正式记录，第六十五届会议，补编第 53 号》(A/65/53)，第二章，A 节。

                国的责任；

                2. 决定在大会下届会议上继续审议这个问题。

                2010 年 12 月 21 日
                第 71 次全体会议
                """;
    }

    /** Notes set in the body's own size, below a drawn separator: only the rule tells where they start. */
    static Path sameSizeNotes(Path dir) throws IOException {
        Path file = dir.resolve("en_rule.pdf");
        try (PdfComposer c = new PdfComposer(false)) {
            c.page();
            c.line(LEFT, 89, 14, t("99/3. Notes below a rule"));
            c.line(INDENT, 120, 12, t("The General Assembly,"));
            c.line(INDENT, 150, 12, t("Recalling the Vienna Declaration and Programme of Action,"), sup("1"),
                    t(" adopted in 1993,"));
            c.line(INDENT, 180, 12, t("1. Decides to continue its consideration of the question."));
            c.right(RIGHT, 210, 12, "21 December 2010");
            c.right(RIGHT, 226, 12, "71st plenary meeting");
            c.rule(LEFT, LEFT + 140, 700);
            c.line(LEFT, 716, 12, t("1A/CONF.157/24 (Part I), chap. III."));
            c.save(file);
        }
        return file;
    }

    /**
     * One page as the UN's Word pipeline makes a Security Council draft: space glyphs and kerning inside
     * words, a running header at the right, masthead cells side by side, the sponsors' title, a section
     * heading, an operative number without its period, a typed underscore separator over the note, the
     * job number with its date and the bar code text.
     */
    static Path wordDraft(Path dir) throws IOException {
        Path file = dir.resolve("en_word_draft.pdf");
        float kern = 1.6f;
        try (PdfComposer c = new PdfComposer(false)) {
            c.page();
            c.kerned(480, 40, 8, "S/2099/1", 0);
            c.kerned(LEFT, 80, 16, "Security Council", 0);
            c.kerned(380, 80, 10, "Distr.: General", 0);
            c.kerned(380, 94, 10, "1 January 2099", 0);
            c.kerned(380, 118, 10, "Original: English", 0);
            c.kerned(LEFT, 150, 12, "Albania, Ireland and Zambia: draft resolution", 0);
            c.kerned(INDENT, 180, 12, "The Security Council,", 0);
            c.kerned(INDENT, 204, 12, "Recalling its resolutions on Al|-Qaida and the need for ful|l, safe and", kern);
            c.kerned(LEFT, 218, 12, "unhindered access to all those in need in the region, and of the obligations of", 0);
            c.kerned(LEFT, 232, 12, "all parties,", 0);
            c.kerned(INDENT, 256, 12, "Deeply concerned by the attacks on humanitarian and United Nations", kern);
            float end = c.kerned(LEFT, 270, 12, "personnel,", 0);
            c.line(end, 270, 12, sup("1"));
            c.kerned(INDENT, 294, 12, "1. Demands that all parties ful|fil their obligations under international", kern);
            c.kerned(LEFT, 308, 12, "humanitarian law and international human rights law, as applicable, and to", 0);
            c.kerned(LEFT, 322, 12, "protect civilians;", 0);
            c.kerned(LEFT, 346, 12, "Reporting", 0);
            c.kerned(INDENT, 370, 12, "2", 0);
            c.kerned(INDENT + 30, 370, 12, "Requests the Secretary-General to report on it;", 0);
            c.kerned(LEFT, 700, 12, "__________________", 0);
            c.line(LEFT, 716, 10, sup("1"), t(" S/2099/2."));
            c.kerned(LEFT, 770, 9, "99-12345 (E)    010199", 0);
            c.kerned(LEFT, 784, 12, "*9912345*", 0);
            c.save(file);
        }
        return file;
    }

    /**
     * One English page: italic lead words, reference marks after punctuation, and a word broken at a line
     * end ("develop-" | "ment") that the page also writes whole.
     */
    static Path english(Path dir) throws IOException {
        Path file = dir.resolve("en_marks.pdf");
        try (PdfComposer c = new PdfComposer(false)) {
            c.page();
            c.line(LEFT, 53, 9, t("A/RES/99/2"));
            c.line(LEFT, 89, 14, t("99/2. Enhancement of international cooperation"));
            c.line(INDENT, 120, 12, it("The General Assembly"), t(","));
            c.line(INDENT, 150, 12, it("Reaffirming"), t(" the Vienna Declaration and Programme of Action,"),
                    sup("1"), t(" and the need for Non-Self-"));
            c.line(LEFT, 166, 12, t("Governing Territories to be heard in the work of develop-"));
            c.line(LEFT, 182, 12, t("ment bodies,"));
            c.line(INDENT, 212, 12, it("Recalling"), t(" its resolution 70/1 of 25 September 2015 on development;"), sup("2"));
            c.line(INDENT, 242, 12, t("1. "), it("Decides"), t(" to continue its consideration of the question."));
            c.right(RIGHT, 272, 12, "21 December 2010");
            c.right(RIGHT, 288, 12, "71st plenary meeting");
            c.line(LEFT, 732, 9, t("1 A/CONF.157/24 (Part I), chap. III."));
            c.line(LEFT, 744, 9, t("2 See resolution 55/2."));
            c.line(LEFT, 797, 8, t("10-52442 (E)    1/1"));
            c.save(file);
        }
        return file;
    }

    /** One French page whose ordinals end in raised letters ("1er", "XXXIIIe"), as the UN's French PDFs print them. */
    static Path frenchOrdinals(Path dir) throws IOException {
        Path file = dir.resolve("fr_ordinals.pdf");
        try (PdfComposer c = new PdfComposer(false)) {
            c.page();
            c.line(LEFT, 53, 9, t("A/RES/99/4"));
            c.line(LEFT, 89, 14, t("99/4. Édification d’un monde pacifique et meilleur grâce au sport"));
            c.line(INDENT, 120, 12, it("L’Assemblée générale"), t(","));
            c.line(INDENT, 150, 12, it("Rappelant"), t(" sa résolution 77/27 du 1"), sup("er"), t(" décembre 2022 et les Jeux de la"));
            c.line(LEFT, 166, 12, t("XXXIII"), sup("e"), t(" Olympiade, qui se tiendront à Paris,"), sup("1"));
            c.line(INDENT, 196, 12, t("1. "), it("Décide"), t(" de poursuivre l’examen de la question à sa quatre-vingtième session."));
            c.right(RIGHT, 226, 12, "21 novembre 2023");
            c.right(RIGHT, 242, 12, "46e séance plénière");
            c.line(LEFT, 732, 9, t("1 Voir la résolution 48/11."));
            c.line(LEFT, 797, 8, t("23-23443 (F)    1/1"));
            c.save(file);
        }
        return file;
    }

    /**
     * One English page whose note labels are superscripts, as UN PDFs print them, and whose second note
     * has a raised mark of its own referring to the first.
     */
    static Path englishMarkInNote(Path dir) throws IOException {
        Path file = dir.resolve("en_mark_in_note.pdf");
        try (PdfComposer c = new PdfComposer(false)) {
            c.page();
            c.line(LEFT, 53, 9, t("A/RES/99/3"));
            c.line(LEFT, 89, 14, t("99/3. Sport for development and peace"));
            c.line(INDENT, 120, 12, it("The General Assembly"), t(","));
            c.line(INDENT, 150, 12, it("Recalling"), t(" the 2005 World Summit Outcome"), sup("1"),
                    t(" and the 2030 Agenda for Sustainable"));
            c.line(LEFT, 166, 12, t("Development,"), sup("2"));
            c.line(INDENT, 196, 12, t("1. "), it("Decides"), t(" to continue its consideration of the question."));
            c.right(RIGHT, 226, 12, "6 December 2023");
            c.right(RIGHT, 242, 12, "46th plenary meeting");
            c.line(LEFT, 732, 10, sup("1"), t(" Resolution 60/1."));
            c.line(LEFT, 744, 10, sup("2"), t(" Resolution 70/1, which recalls the Outcome"), sup("1"), t("."));
            c.line(LEFT, 797, 8, t("23-24001 (E)    1/1"));
            c.save(file);
        }
        return file;
    }
}
