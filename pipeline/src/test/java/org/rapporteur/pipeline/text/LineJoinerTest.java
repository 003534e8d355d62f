package org.rapporteur.pipeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Emphasis;
import org.rapporteur.model.Inline;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Note;
import org.rapporteur.model.NoteRef;
import org.rapporteur.model.Text;

/** Lines joined into paragraphs: by script at each seam, and in time proportional to the paragraph. */
class LineJoinerTest {
    private final LineJoiner joiner = LineJoiner.of(
            List.of("administering Powers", "the Committee", "COVID-19 大流行"), Set.of("non"));

    private String joined(String... lines) {
        LineJoiner.Joining p = joiner.start();
        for (String l : lines) {
            p.add(List.of(new Text(l)));
        }
        return Inlines.plainText(p.inlines());
    }

    @Test
    void spacedScriptsGetOneSpace() {
        assertThat(joined("The General Assembly,  ", "  Recalling its resolution")).isEqualTo("The General Assembly, Recalling its resolution");
    }

    @Test
    void aHyphenIsDroppedWhereTheDocumentWritesTheWordWholeAndKeptForAPrefix() {
        assertThat(joined("the ad-", "ministering Powers and the Com-", "mittee")).isEqualTo("the administering Powers and the Committee");
        assertThat(joined("the non-", "governmental")).isEqualTo("the non-governmental");
    }

    @Test
    void aDashThatOpensAParenthesisGoesWithTheNextLineWhereTheDocumentSetsDashesSo() {
        // Spanish sets a parenthetical dash against the words it encloses: "—como los mecanismos—,"
        LineJoiner spanish = LineJoiner.of(List.of("las mejores prácticas —", "como los mecanismos legales—, especialmente",
                "la Oficina —con el apoyo de los Estados— presentará"), Set.of());
        assertThat(Inlines.plainText(spanish.join(List.of(new Text("las mejores prácticas —")),
                List.of(new Text("como los mecanismos legales—,"))))).isEqualTo("las mejores prácticas —como los mecanismos legales—,");
        // a document that spaces its dashes on both sides keeps the space
        LineJoiner spaced = LineJoiner.of(List.of("the best practices —", "such as legal protection — and remedies",
                "the Office — with the support of States — will"), Set.of());
        assertThat(Inlines.plainText(spaced.join(List.of(new Text("the best practices —")),
                List.of(new Text("such as legal protection"))))).isEqualTo("the best practices — such as legal protection");
    }

    @Test
    void chineseJoinsWithoutSpacesAndSoDoesALatinWordTheDocumentWritesWhole() {
        assertThat(joined("大会，", "回顾其决议")).isEqualTo("大会，回顾其决议");
        assertThat(joined("关于 CO", "VID-19 的决议")).isEqualTo("关于 COVID-19 的决议");
        assertThat(joined("第 7", "/27 号决议")).isEqualTo("第 7/27 号决议");
        assertThat(joined("关于 Open", "Ended 工作组")).isEqualTo("关于 Open Ended 工作组");
    }

    @Test
    void chineseEarlierInTheParagraphStillCountsAfterAlongLatinRun() {
        // The seam sees only the last characters, but the paragraph remembers it is Chinese.
        String latin = "x".repeat(100);
        assertThat(joined("大会" + latin + " CO", "VID")).endsWith(" COVID");
    }

    @Test
    void aSeamLooksPastANoteReferenceAndIntoEmphasis() {
        LineJoiner.Joining p = joiner.start();
        p.add(List.of(new Emphasis(Emphasis.Style.ITALIC, List.of(new Text("Recalling"))), new Text(" its Com-")));
        p.add(List.of(new Text("mittee"), new NoteRef(new Note("1", List.of(new Text("A note."))))));
        p.add(List.of(new Text("and others")));
        assertThat(Inlines.plainText(p.inlines())).isEqualTo("Recalling its Committee and others");
        assertThat(p.inlines()).hasSize(4);
    }

    @Test
    void aJoiningGivesWhatPairwiseJoinsGive() {
        List<List<Inline>> lines = List.of(List.of(new Text("the ad-")), List.of(new Text("ministering Powers,")),
                List.of(new Text("大会")), List.of(new Text("决议")));
        List<Inline> pairwise = List.of();
        LineJoiner.Joining p = joiner.start();
        for (List<Inline> l : lines) {
            pairwise = joiner.join(pairwise, l);
            p.add(l);
        }
        assertThat(p.inlines()).isEqualTo(pairwise);
    }

    @Test
    void theTextBeforeASeamIsReadOnlyAsFarAsItIsNeeded() {
        // (what made a 16,000-line paragraph take 30 s: every seam copied the whole paragraph before it)
        List<Inline> paragraph = new ArrayList<>();
        paragraph.add(new Text("a".repeat(100_000)));
        paragraph.add(new Emphasis(Emphasis.Style.ITALIC, List.of(new Text("b".repeat(100_000)))));
        paragraph.add(new NoteRef(new Note("1", List.of(new Text("A note.")))));
        assertThat(TextEnds.lastText(paragraph, 64)).isEqualTo("b".repeat(64));
        paragraph.add(new Text("c".repeat(40)));
        assertThat(TextEnds.lastText(paragraph, 64)).isEqualTo("b".repeat(24) + "c".repeat(40));
        // never half a character: a surrogate pair at the cut is kept whole
        assertThat(TextEnds.lastText(List.of(new Text("𠀀".repeat(40))), 5)).isEqualTo("𠀀".repeat(3));
    }
}
