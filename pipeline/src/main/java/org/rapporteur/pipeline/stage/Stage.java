package org.rapporteur.pipeline.stage;

import org.rapporteur.model.Document;

/**
 * One step of the conversion: a function of the document and its context (pandoc's {@code Transform},
 * Tika's {@code ParseContext}).
 */
@FunctionalInterface
public interface Stage {
    Document apply(Document document, StageContext context);

    /** The stage alone, in a context made from {@code document} itself, its warnings added to the result. */
    default Document apply(Document document) {
        StageContext context = StageContext.of(document);
        return apply(document, context).withWarnings(context.warnings().drain());
    }
}
