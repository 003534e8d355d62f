package org.rapporteur.pipeline.stage;

import org.rapporteur.model.Document;

/** One step of the conversion: a function from document to document (pandoc's {@code Transform}). */
@FunctionalInterface
public interface Stage {
    Document apply(Document document);
}
