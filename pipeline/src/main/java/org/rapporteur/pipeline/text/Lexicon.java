package org.rapporteur.pipeline.text;

/**
 * A language's spelling dictionary, asked whether it knows a word: the evidence for a line-end hyphen
 * that the document itself does not settle ("ad-|ministering" is "administering", "vingt-|septième" keeps
 * its hyphen). {@link #NONE} knows nothing and says so.
 */
public interface Lexicon {
    /** No dictionary: every word is unknown, and {@link #present()} says that this means nothing. */
    Lexicon NONE = new Absent("none");

    /** No dictionary, for the reason its name gives ("none", or why one found could not be read). */
    record Absent(String name) implements Lexicon {
        @Override
        public boolean knows(String word) {
            return false;
        }

        @Override
        public boolean present() {
            return false;
        }
    }

    /** Whether the dictionary accepts {@code word} as it is written (a hyphenated word: as the compound). */
    boolean knows(String word);

    /** Whether there is a dictionary behind this lexicon (a missing one knows no word and decides nothing). */
    boolean present();

    /** The dictionary's name ({@code en_GB}), for reports. */
    String name();
}
