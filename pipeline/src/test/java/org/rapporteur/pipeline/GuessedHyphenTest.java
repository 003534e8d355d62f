package org.rapporteur.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.Document;
import org.rapporteur.model.Language;
import org.rapporteur.model.Warning;

/** A line-end hyphen decided by rule alone is a warning in the document's report, naming the split. */
class GuessedHyphenTest {
    @Test
    void aSplitNeitherTheDocumentNorADictionaryKnowsIsReported() {
        // the document breaks words ("develop-|ment", written whole after), and breaks two words no
        // dictionary knows, whole or hyphenated
        Document d = Pipeline.standard().apply(Docs.lines(Language.ENGLISH, """
                Recalling the develop-
                ment of sustainable development and the zorbl-
                quixing of the xyl-
                vrank mechanism,
                """));
        assertThat(d.warnings()).filteredOn(w -> w.kind() == Warning.Kind.GUESSED_HYPHEN).singleElement()
                .extracting(Warning::message).asString()
                .startsWith("2 line-end hyphens decided without evidence in the document")
                .endsWith(": zorbl-|quixing (joined), xyl-|vrank (joined)");
    }

    @Test
    void splitsTheDocumentSettlesAreNotReported() {
        Document d = Pipeline.standard().apply(Docs.lines(Language.ENGLISH, """
                Recalling the develop-
                ment of sustainable development and the non-
                governmental organizations,
                """));
        assertThat(d.warnings()).noneMatch(w -> w.kind() == Warning.Kind.GUESSED_HYPHEN);
    }
}
