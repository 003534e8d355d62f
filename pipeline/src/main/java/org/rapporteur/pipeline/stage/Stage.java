package org.rapporteur.pipeline.stage;

import org.rapporteur.model.Document;

/**
 * One step of the conversion: a function of the document and its context (pandoc's {@code Transform},
 * Tika's {@code ParseContext}).
 */
@FunctionalInterface
public interface Stage {
    Document apply(Document document, StageContext context);

    /** The stage alone, in a context made from {@code document} itself. */
    default Document apply(Document document) {
        return apply(document, StageContext.of(document));
    }
}
