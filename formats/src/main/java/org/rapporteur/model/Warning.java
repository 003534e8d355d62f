package org.rapporteur.model;

import java.util.Objects;

/** A content problem found while converting one document; it goes in that document's report. */
public record Warning(Kind kind, String message) {
    public enum Kind {
        ORPHAN_MARK,
        ORPHAN_NOTE,
        DUPLICATE_NOTE,
        VOTE_COUNT_MISMATCH,
        UNRECOGNISED_PREAMBLE,
        NO_TITLE,
        NO_FORMULA,
        NO_OPERATIVE,
        NO_CLOSING,
        UNPARSED_DATE,
        UNKNOWN_LANGUAGE,
        UNSTRUCTURED_TEXT,
        ENCODING,
        /** The PDF's text layer does not say all it shows: glyphs that map to no character. */
        TEXT_LAYER_SUSPECT,
        /** What PDFBox itself warned about while reading the file, counted. */
        PDF_READER,
        /**
         * Line-end hyphens decided by rule alone: neither the document (the word written elsewhere) nor the
         * language's spelling dictionary settled whether the hyphen is the word's or the line's.
         */
        GUESSED_HYPHEN,
        /**
         * A page break or a note block cut the text where the layout could not tell whether one paragraph
         * goes on or another starts: the decision taken is named with the page and the first words.
         */
        UNCERTAIN_PARAGRAPH
    }

    public Warning {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    @Override
    public String toString() {
        return kind + ": " + message;
    }
}
