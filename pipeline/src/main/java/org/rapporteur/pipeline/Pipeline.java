package org.rapporteur.pipeline;

import java.util.List;
import org.rapporteur.model.Document;
import org.rapporteur.pipeline.stage.Stage;
import org.rapporteur.pipeline.stage.footnotes.FootnoteStage;
import org.rapporteur.pipeline.stage.furniture.FurnitureStage;
import org.rapporteur.pipeline.stage.language.LanguageStage;
import org.rapporteur.pipeline.stage.masthead.MastheadStage;
import org.rapporteur.pipeline.stage.paragraphs.ParagraphStage;
import org.rapporteur.pipeline.stage.structure.StructureStage;

/** The stages from a reader's lines to a structured resolution, in order. Immutable and thread-safe. */
public final class Pipeline implements Stage {
    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Pipeline standard() {
        return new Pipeline(List.of(new FurnitureStage(), new LanguageStage(), new MastheadStage(),
                new FootnoteStage(), new ParagraphStage(), new StructureStage()));
    }

    @Override
    public Document apply(Document document) {
        Document d = document;
        for (Stage s : stages) {
            d = s.apply(d);
        }
        return d;
    }
}
