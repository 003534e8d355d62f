package org.rapporteur.pipeline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hunspell dictionaries found in a search path and read by Lucene: affixes apply, compounds break at hyphens. */
class HunspellLexiconsTest {
    @TempDir
    Path tmp;

    /** A dictionary of four stems; "S" adds a plural, "G" the -ing form (dropping a final e). */
    private Path dictionary(String name) throws Exception {
        Files.writeString(tmp.resolve(name + ".aff"), String.join("\n",
                "SET UTF-8",
                "TRY esianrtolcdugmphbyfvkwz",
                "SFX S Y 1",
                "SFX S 0 s .",
                "SFX G Y 1",
                "SFX G e ing e",
                "") );
        Files.writeString(tmp.resolve(name + ".dic"), String.join("\n", "4", "administer", "minister/S", "term/S", "long", ""));
        return tmp.resolve(name);
    }

    @Test
    void aDictionaryKnowsItsWordsWithTheirAffixesAndCompoundsOfThem() throws Exception {
        Lexicon l = HunspellLexicons.read(dictionary("xx_XX"));
        assertThat(l.present()).isTrue();
        assertThat(l.name()).isEqualTo("xx_XX");
        assertThat(l.knows("ministers")).isTrue();
        assertThat(l.knows("Administer")).as("a capitalised form of a known word").isTrue();
        assertThat(l.knows("long-term")).as("two known words joined by a hyphen").isTrue();
        assertThat(l.knows("longterm")).isFalse();
        assertThat(l.knows("administ")).isFalse();
    }

    @Test
    void theFirstNamedDictionaryFoundInTheSearchPathServes() throws Exception {
        dictionary("yy_YY");
        Path elsewhere = Files.createDirectories(tmp.resolve("other"));
        assertThat(HunspellLexicons.find(List.of("zz_ZZ", "yy_YY"), List.of(elsewhere, tmp))).contains(tmp.resolve("yy_YY"));
        Files.delete(tmp.resolve("yy_YY.dic"));
        assertThat(HunspellLexicons.find(List.of("yy_YY"), List.of(tmp))).as("an .aff without its .dic").isEmpty();
    }

    @Test
    void noDictionaryOrAnEmptyListKnowsNothingAndSaysSo() {
        assertThat(HunspellLexicons.of(List.of())).isSameAs(Lexicon.NONE);
        Lexicon missing = HunspellLexicons.of(List.of("no_SUCH_dictionary_anywhere"));
        assertThat(missing.present()).isFalse();
        assertThat(missing.knows("the")).isFalse();
    }

    @Test
    void theConfiguredDirectoryIsSearchedFirst() {
        String before = System.getProperty("rapporteur.dictionaries");
        System.setProperty("rapporteur.dictionaries", tmp + java.io.File.pathSeparator + tmp.resolve("b"));
        try {
            assertThat(HunspellLexicons.searchPath()).startsWith(tmp, tmp.resolve("b"));
        } finally {
            if (before == null) {
                System.clearProperty("rapporteur.dictionaries");
            } else {
                System.setProperty("rapporteur.dictionaries", before);
            }
        }
    }
}
