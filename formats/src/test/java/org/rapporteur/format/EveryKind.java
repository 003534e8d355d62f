package org.rapporteur.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.rapporteur.model.AdoptionNote;
import org.rapporteur.model.Closing;
import org.rapporteur.model.Document;
import org.rapporteur.model.Emphasis;
import org.rapporteur.model.Field;
import org.rapporteur.model.Formula;
import org.rapporteur.model.Heading;
import org.rapporteur.model.Language;
import org.rapporteur.model.Line;
import org.rapporteur.model.LineLayout;
import org.rapporteur.model.Mark;
import org.rapporteur.model.Metadata;
import org.rapporteur.model.Note;
import org.rapporteur.model.NoteRef;
import org.rapporteur.model.Operative;
import org.rapporteur.model.Paragraph;
import org.rapporteur.model.Preambular;
import org.rapporteur.model.RecordedVote;
import org.rapporteur.model.SubParagraph;
import org.rapporteur.model.Text;
import org.rapporteur.model.VoteGroup;

/**
 * Documents holding every kind of block and inline the writers know, with the characters XML must escape,
 * spaces to keep and marks that refer to notes in every way (first, again, from inside a note, only from
 * inside a note): the writers' byte-for-byte tests write them.
 */
public final class EveryKind {
    private EveryKind() {
    }

    public static Document everything(Language language) {
        Note inner = new Note("3", List.of(new Text("Only a note refers to this one & it is <kept>.")));
        Note first = new Note("1", List.of(new Text(" See resolution 217 A (III), "), Emphasis.of(Emphasis.Style.ITALIC, "annex"),
                new Text(";"), new NoteRef(inner), new Text(" and \"quoted\" ]]> text. ")));
        Note second = new Note("2", List.of(new Text("A/HRC/24/56'"), new NoteRef(first)));
        Metadata meta = Metadata.EMPTY.withLanguage(language).with(Field.NUMBER, "78/1")
                .with(Field.TITLE, "Title with <angle> & \"quotes\"").with(Field.SYMBOL, "A/RES/78/1 & Corr.1")
                .with(Field.SESSION, "Seventy-eighth session").with(Field.DISTRIBUTION, "Distr.: General")
                .with(Field.AGENDA_ITEM, "Agenda item 5 (a)").with(Field.ADOPTION, "Resolution adopted on 1 May 2024");
        return Document.of(meta, List.of(
                new Formula("The General Assembly,"),
                new Heading("I\tArms <embargo>"),
                new Preambular(List.of(Emphasis.of(Emphasis.Style.ITALIC, "Recalling"), new Text(" its resolution"),
                        new NoteRef(first), new Text(" and the report\u00a0"), new NoteRef(second), new Text(","))),
                new Operative("1", List.of(Emphasis.of(Emphasis.Style.BOLD, "Decides"), new Text("  to act;\nand to see "),
                        new NoteRef(first), new Mark("*"), new Text(" ")),
                        List.of(new SubParagraph("a", List.of(new Text("first & foremost;"))),
                                new SubParagraph("i", List.of(new Text("under (a);")), 2),
                                new SubParagraph(SubParagraph.BULLET, List.of(new Text("a bullet;"))),
                                new SubParagraph("", List.of(new Text("and to report thereon."))))),
                new Operative("", List.of(new Text("An unnumbered paragraph.")), List.of()),
                new Paragraph(List.of(new Text("\ta tab first, a space last "))),
                new Paragraph(List.of(new Text("On the 1"), Emphasis.of(Emphasis.Style.SUPERSCRIPT, "st"), new Text(" day, "),
                        new Emphasis(Emphasis.Style.BOLD, List.of(Emphasis.of(Emphasis.Style.ITALIC, "bold italic"))), new Text("."))),
                // XMLBeans writes a text of over 32 characters with more than five '<' or '&' as CDATA
                new Paragraph(List.of(new Text("R&D, M&E, S&T, A&B, C&D & E&F: more than five & over 32 ]]> long"),
                        new Text("ends with a no-break space\u00a0"), new Text("\r carriage <&> return"))),
                new Line(2, List.of(new Text("A line as printed.")), LineLayout.NONE),
                new RecordedVote("Recorded vote: 2 to 1, with 1 abstention", List.of(
                        new VoteGroup(VoteGroup.Kind.IN_FAVOUR, "In favour:", List.of("Côte d’Ivoire", "Türkiye"), OptionalInt.of(2)),
                        new VoteGroup(VoteGroup.Kind.AGAINST, "Against:", List.of("Somewhere"), OptionalInt.of(1)))),
                new AdoptionNote("[Adopted without a vote]"),
                new Closing("1 May 2024", Optional.of(LocalDate.of(2024, 5, 1)), "50th plenary meeting")));
    }

    /** A document without masthead, symbol, title or adoption date: the parts that are then left out. */
    public static Document bare(Language language) {
        return Document.of(Metadata.EMPTY.withLanguage(language), List.of(new Paragraph(List.of(new Text("Text.")))));
    }


    /** Compares {@code actual} with the golden file {@code dir/name}, or rewrites it with {@code -Dgolden.update=true}. */
    public static void check(Path dir, String name, String actual) throws IOException {
        Path file = dir.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("golden file %s (run with -Dgolden.update=true to create it)", file).exists();
        assertThat(actual).as("output against %s", file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
