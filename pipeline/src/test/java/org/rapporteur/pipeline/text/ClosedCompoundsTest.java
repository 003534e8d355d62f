package org.rapporteur.pipeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Compounds poppler's default mode closed up at a line end get their hyphen back, on evidence only. */
class ClosedCompoundsTest {
    private static Lexicon knowing(String... words) {
        return WordList.of(words);
    }

    @Test
    void aCompoundTheDocumentWritesElsewhereGetsItsHyphenBack() {
        ClosedCompounds c = new ClosedCompounds(List.of("their right to selfdetermination, including", "the right to self-determination"),
                Lexicon.NONE);
        assertThat(c.restore("their right to selfdetermination, including")).isEqualTo("their right to self-determination, including");
    }

    @Test
    void aCapitalInsideTheWordIsASeamTheDictionaryMayConfirm() {
        ClosedCompounds c = new ClosedCompounds(List.of(), knowing("Non-Self-Governing"));
        assertThat(c.restore("the NonSelf-Governing and Non-SelfGoverning Territories"))
                .isEqualTo("the Non-Self-Governing and Non-Self-Governing Territories");
        // a name with a capital inside it that the dictionary does not know as a compound stays
        assertThat(new ClosedCompounds(List.of(), knowing("Mc-Donald-x")).restore("McDonald")).isEqualTo("McDonald");
    }

    @Test
    void aLowerCasePartOfACompoundTheDictionaryDoesNotKnowIsSplitWhereOnePlaceMakesACompoundItKnows() {
        ClosedCompounds c = new ClosedCompounds(List.of(), knowing("c’est-à-dire", "intersexes"));
        assertThat(c.restore("sexuelles, c’està-dire avec")).isEqualTo("sexuelles, c’est-à-dire avec");
        // a part the dictionary knows, or two places that would do, change nothing
        assertThat(new ClosedCompounds(List.of(), knowing("inter-sexes", "intersexes")).restore("personnes-intersexes"))
                .isEqualTo("personnes-intersexes");
        assertThat(new ClosedCompounds(List.of(), knowing("ab-cdef-gh", "abc-def-gh")).restore("abcdef-gh")).isEqualTo("abcdef-gh");
    }

    @Test
    void withoutEvidenceNothingChanges() {
        ClosedCompounds c = new ClosedCompounds(List.of("Milano-Cortina"), knowing("Milano-Corti-na"));
        assertThat(c.restore("selfdetermination in Milano-Cortina")).isEqualTo("selfdetermination in Milano-Cortina");
        // two compounds close up alike: which one is meant is not known
        ClosedCompounds two = new ClosedCompounds(List.of("re-cover", "rec-over"), Lexicon.NONE);
        assertThat(two.restore("recover")).isEqualTo("recover");
    }
}
