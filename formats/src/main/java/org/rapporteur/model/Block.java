package org.rapporteur.model;

/**
 * A block of a document. Readers produce {@link Line}s; the paragraph stage turns them into
 * {@link Paragraph}s; the structure stage gives paragraphs their role in a resolution.
 */
public sealed interface Block
        permits Line, Paragraph, Preambular, Operative, Closing, AdoptionNote, RecordedVote, Formula {
}
