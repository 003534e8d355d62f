package org.rapporteur.format.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
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

class MarkdownWriterTest {
    private static final Note NOTE = new Note("7", List.of(new Text("A/CONF.157/24 (Part I), chap. III.")));

    @Test
    void writesAResolution() {
        Metadata meta = Metadata.EMPTY.withLanguage(Language.ENGLISH).with(Field.NUMBER, "65/218")
                .with(Field.TITLE, "International \"cooperation\"");
        Document doc = Document.of(meta, List.of(
                new Formula("The General Assembly,"),
                new Preambular(List.of(new Emphasis(Emphasis.Style.ITALIC, List.of(new Text("Recalling"))),
                        new Text(" the Declaration,"), new NoteRef(NOTE))),
                new Operative("1", List.of(new Text("Calls upon States to respect the Declaration"), new NoteRef(NOTE),
                        new Text(":")), List.of(new SubParagraph("a", List.of(new Text("To act;"))))),
                new Operative("3", List.of(new Text("Decides *to* continue [work] <now>;")), List.of()),
                new Closing("21 December 2010", Optional.of(java.time.LocalDate.of(2010, 12, 21)), "71st plenary meeting")));
        assertThat(new MarkdownWriter().render(doc)).isEqualTo("""
                ---
                title: "65/218. International \\"cooperation\\""
                lang: en
                date: 2010-12-21
                translationKey: "65/218"
                slug: "65-218"
                number: "65/218"
                meeting: "71st plenary meeting"
                ---

                The General Assembly,

                *Recalling* the Declaration,[^1]

                1. Calls upon States to respect the Declaration[^1]:

                   (a) To act;

                <!-- -->

                3. Decides \\*to\\* continue \\[work\\] \\<now\\>;

                21 December 2010

                71st plenary meeting

                [^1]: A/CONF.157/24 (Part I), chap. III.
                """);
    }

    @Test
    void aReferenceInsideANoteIsAFootnoteReferenceThere() {
        assertThat(new MarkdownWriter().render(NoteOrderTest.notesInNotes())).endsWith("""
                Recalling the Summit,[^1]

                1. Recalls the Outcome[^3];

                [^1]: See note[^3] and resolution 70/1[^2].

                [^2]: Resolution 55/2.

                [^3]: Resolution 60/1.
                """);
    }

    @Test
    void escapesWhatWouldOpenABlock() {
        assertThat(MarkdownEscaper.blockStart("2009. A year")).isEqualTo("2009\\. A year");
        assertThat(MarkdownEscaper.blockStart("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(MarkdownEscaper.blockStart("- not a list")).isEqualTo("\\- not a list");
        assertThat(MarkdownEscaper.blockStart("1993 年")).isEqualTo("1993 年");
    }

    @Test
    void arabicIsMarkedRightToLeft() {
        Document doc = Document.of(Metadata.EMPTY.withLanguage(Language.ARABIC), List.of(new Formula("إن الجمعية العامة،")));
        assertThat(new MarkdownWriter().render(doc)).startsWith("---\nlang: ar\ndir: rtl\n---\n");
    }

    @Test
    void frontMatterFitsSiteGeneratorsAndArabicIsRightToLeftEverywhere() {
        Metadata meta = Metadata.EMPTY.withLanguage(Language.ARABIC).with(Field.SYMBOL, "A/RES/78/10")
                .with(Field.NUMBER, "78/10").with(Field.TITLE, "العنوان").with(Field.HEADING, "78/10 - العنوان")
                .with(Field.BODY, "الجمعية العامة");
        String md = new MarkdownWriter().render(Document.of(meta, List.of(new Formula("إن الجمعية العامة،"))));
        assertThat(md).startsWith("""
                ---
                title: "78/10 - العنوان"
                lang: ar
                dir: rtl
                symbol: "A/RES/78/10"
                translationKey: "A/RES/78/10"
                slug: "a-res-78-10"
                number: "78/10"
                organ: "الجمعية العامة"
                ---
                """).doesNotContain("\nbody:").doesNotContain("\n# ");
        // (a CommonMark renderer that reads no front matter still sets the text right to left)
        assertThat(md).endsWith("""
                ---

                <div dir="rtl">

                إن الجمعية العامة،

                </div>
                """);
    }
}
