package org.rapporteur.pipeline;

import java.util.List;
import org.rapporteur.model.Checkpoint;
import org.rapporteur.model.Document;
import org.rapporteur.pipeline.stage.Stage;
import org.rapporteur.pipeline.stage.StageContext;
import org.rapporteur.pipeline.stage.footnotes.FootnoteStage;
import org.rapporteur.pipeline.stage.furniture.FurnitureStage;
import org.rapporteur.pipeline.stage.language.LanguageStage;
import org.rapporteur.pipeline.stage.masthead.MastheadStage;
import org.rapporteur.pipeline.stage.paragraphs.ParagraphStage;
import org.rapporteur.pipeline.stage.structure.StructureStage;

/**
 * The stages from a reader's lines to a structured resolution, in order: first those that find the
 * document's language, then, in one {@link StageContext} made once the language is known, the others.
 * Immutable and thread-safe.
 */
public final class Pipeline {
    private final List<Stage> finding;
    private final List<Stage> stages;

    /** {@code finding}: the stages before the language is known, each given a context of its own document. */
    public Pipeline(List<Stage> finding, List<Stage> stages) {
        this.finding = List.copyOf(finding);
        this.stages = List.copyOf(stages);
    }

    public Pipeline(List<Stage> stages) {
        this(List.of(), stages);
    }

    public static Pipeline standard() {
        return new Pipeline(List.of(new FurnitureStage(), new LanguageStage()),
                List.of(new MastheadStage(), new FootnoteStage(), new ParagraphStage(), new StructureStage()));
    }

    public Document apply(Document document) {
        Document d = document;
        for (Stage s : finding) {
            Checkpoint.check();
            d = s.apply(d);
        }
        StageContext context = StageContext.of(d);
        for (Stage s : stages) {
            Checkpoint.check();
            d = s.apply(d, context).withWarnings(context.warnings().drain());
        }
        return d;
    }
}
