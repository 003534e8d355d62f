package org.rapporteur.model;

/**
 * A block of a document. Readers produce {@link Line}s; the paragraph stage turns them into
 * {@link Paragraph}s; the structure stage gives paragraphs their role in a resolution.
 */
public sealed interface Block
        permits Line, Paragraph, Preambular, Operative, Closing, AdoptionNote, RecordedVote, Formula, Heading {
    /** The visitor's method for this block's type. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method a type of block: a writer that implements it handles every block, and a new type of block
     * does not compile until every writer says how to write it (no silent skip in an {@code instanceof} ladder).
     */
    interface Visitor<R> {
        R line(Line line);

        R paragraph(Paragraph paragraph);

        R formula(Formula formula);

        R preambular(Preambular preambular);

        R operative(Operative operative);

        R closing(Closing closing);

        R adoptionNote(AdoptionNote note);

        R recordedVote(RecordedVote vote);

        R heading(Heading heading);
    }
}
