package org.rapporteur.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

public class NoteOrderTest {
    public static final Note RES_60_1 = new Note("2", List.of(new Text("Resolution 60/1.")));
    public static final Note RES_55_2 = new Note("3", List.of(new Text("Resolution 55/2.")));
    public static final Note SEE = new Note("1", List.of(new Text("See note"), new NoteRef(RES_60_1),
            new Text(" and resolution 70/1"), new NoteRef(RES_55_2), new Text(".")));

    /**
     * Notes referring to notes: note 1 refers to note 2, which the text refers to later, and to note 3,
     * which only note 1 refers to.
     */
    public static Document notesInNotes() {
        return Document.of(Metadata.EMPTY.withLanguage(Language.ENGLISH).with(Field.NUMBER, "78/1")
                .with(Field.TITLE, "Notes in notes"), List.of(
                new Formula("The General Assembly,"),
                new Preambular(List.of(new Text("Recalling the Summit,"), new NoteRef(SEE))),
                new Operative("1", List.of(new Text("Recalls the Outcome"), new NoteRef(RES_60_1), new Text(";")),
                        List.of())));
    }

    @Test
    void notesReferredToOnlyFromANoteFollowIt() {
        NoteOrder order = NoteOrder.of(notesInNotes());
        assertThat(order.notes()).containsExactly(SEE, RES_55_2, RES_60_1);
        assertThat(order.number(RES_60_1)).isEqualTo(3);
        assertThat(order.inText(RES_60_1)).isTrue();
        assertThat(order.inText(RES_55_2)).isFalse();
    }

    @Test
    void aNoteReferredToAgainKeepsItsNumber() {
        Note n = new Note("1", List.of(new Text("A/78/23.")));
        Document d = Document.of(Metadata.EMPTY, List.of(new Preambular(List.of(new NoteRef(n))),
                new Operative("1", List.of(new Text("x"), new NoteRef(n)), List.of(new SubParagraph("a",
                        List.of(new NoteRef(new Note("2", List.of(new Text("A/78/24."))))))))));
        assertThat(NoteOrder.of(d).notes()).extracting(Note::label).containsExactly("1", "2");
    }
}
