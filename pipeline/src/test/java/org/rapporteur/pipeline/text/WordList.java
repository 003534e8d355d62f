package org.rapporteur.pipeline.text;

import java.util.Set;

/** A dictionary for the tests that knows exactly its words, as Hunspell would be asked (a compound with its hyphen). */
record WordList(Set<String> words) implements Lexicon {
    static WordList of(String... words) {
        return new WordList(Set.of(words));
    }

    @Override
    public boolean knows(String word) {
        return words.contains(word);
    }

    @Override
    public boolean present() {
        return true;
    }

    @Override
    public String name() {
        return "test";
    }
}
