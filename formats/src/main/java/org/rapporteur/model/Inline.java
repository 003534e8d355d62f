package org.rapporteur.model;

/** Inline content of a paragraph, line or note (pandoc's {@code Inline}). */
public sealed interface Inline permits Text, Emphasis, NoteRef, Mark {
}
