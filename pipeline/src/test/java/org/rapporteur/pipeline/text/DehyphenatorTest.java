package org.rapporteur.pipeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Line-end hyphens decided by the document, then by its language's dictionary, then by rule; the splits
 * decided by rule alone are reported. The dictionaries here are word lists, so each example says exactly
 * what the dictionary knows.
 */
class DehyphenatorTest {
    /** A dictionary that knows exactly {@code words}, as Hunspell would be asked (a compound with its hyphen). */
    private static Lexicon knowing(String... words) {
        return WordList.of(words);
    }

    /** Lines of a document that breaks words at line ends: "develop-|ment" is written whole elsewhere. */
    private static final List<String> HYPHENATING = List.of("the develop-", "ment of the", "sustainable development of all");

    /** Lines of a document that shows no word broken at a line end. */
    private static final List<String> NOT_HYPHENATING = List.of("the sustainable development of all", "of the peoples");

    @Test
    void theDictionaryJoinsAWordItKnowsWholeAndNotAsACompound() {
        Dehyphenator d = new Dehyphenator(HYPHENATING, Set.of(), knowing("administering"));
        assertThat(d.keepHyphen("ad", "ministering")).isFalse();
        assertThat(d.guesses()).isEmpty();
    }

    @Test
    void theDictionaryKeepsACompoundItKnowsAndNotAsOneWord() {
        Dehyphenator d = new Dehyphenator(HYPHENATING, Set.of(), knowing("vingt-septième", "страны-хозяева"));
        assertThat(d.keepHyphen("vingt", "septième")).isTrue();
        assertThat(d.keepHyphen("страны", "хозяева")).isTrue();
        assertThat(d.guesses()).isEmpty();
    }

    @Test
    void withoutADictionaryTheSameSplitsAreGuessesAndSaidSo() {
        Dehyphenator d = new Dehyphenator(HYPHENATING, Set.of(), Lexicon.NONE);
        // the rule takes a split of two words it has not seen as hyphenation: wrong here, and reported
        assertThat(d.keepHyphen("vingt", "septième")).isFalse();
        assertThat(d.keepHyphen("ad", "ministering")).isFalse();
        assertThat(d.guesses()).containsExactly("vingt-|septième (joined)", "ad-|ministering (joined)");
    }

    @Test
    void theDictionaryDecidesAlsoWhereTheDocumentShowsNoOtherBrokenWord() {
        // a TeX document may break many words and write none of them whole elsewhere
        Dehyphenator d = new Dehyphenator(NOT_HYPHENATING, Set.of(), knowing("administering", "long-term"));
        assertThat(d.keepHyphen("ad", "ministering")).isFalse();
        assertThat(d.keepHyphen("long", "term")).isTrue();
        // neither known: the document does not hyphenate, so the hyphen is its own, which is no guess
        assertThat(d.keepHyphen("follow", "up")).isTrue();
        assertThat(d.guesses()).isEmpty();
    }

    @Test
    void whereTheDictionaryKnowsBothTheDocumentsHabitDecides() {
        Lexicon both = knowing("reelect", "re-elect");
        assertThat(new Dehyphenator(HYPHENATING, Set.of(), both).keepHyphen("re", "elect")).isFalse();
        assertThat(new Dehyphenator(NOT_HYPHENATING, Set.of(), both).keepHyphen("re", "elect")).isTrue();
    }

    @Test
    void theDocumentsOwnEvidenceWinsOverTheDictionary() {
        List<String> lines = List.of("the develop-", "ment of the", "sustainable development", "a co-operation and", "co-");
        Dehyphenator d = new Dehyphenator(lines, Set.of(), knowing("cooperation"));
        assertThat(d.keepHyphen("co", "operation")).isTrue();
    }

    @Test
    void aPrefixOfTheLanguageKeepsItsHyphenWhereTheDictionaryKnowsBothOrNeither() {
        assertThat(new Dehyphenator(HYPHENATING, Set.of("non"), knowing("nongovernmental", "non-governmental"))
                .keepHyphen("non", "governmental")).isTrue();
        assertThat(new Dehyphenator(HYPHENATING, Set.of("non"), knowing()).keepHyphen("non", "governmental")).isTrue();
        // but a word the dictionary knows only whole was broken by the line: "ex-|tremism" (troff's hyphenation)
        assertThat(new Dehyphenator(HYPHENATING, Set.of("ex"), knowing("extremism")).keepHyphen("ex", "tremism")).isFalse();
    }

    @Test
    void aNameIsLookedUpAsPrinted() {
        // Hunspell accepts "Angeles" only capitalised; the split is "Ange-|les"
        Dehyphenator d = new Dehyphenator(HYPHENATING, Set.of(), knowing("Angeles"));
        assertThat(d.keepHyphen("Ange", "les")).isFalse();
        assertThat(d.guesses()).isEmpty();
    }
}
