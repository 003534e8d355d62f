package org.rapporteur.pipeline;

import java.util.List;
import org.rapporteur.model.Checkpoint;
import org.rapporteur.model.Document;
import org.rapporteur.model.Warning;
import org.rapporteur.pipeline.stage.Stage;
import org.rapporteur.pipeline.stage.StageContext;
import org.rapporteur.pipeline.stage.footnotes.FootnoteStage;
import org.rapporteur.pipeline.stage.furniture.FurnitureStage;
import org.rapporteur.pipeline.stage.language.LanguageStage;
import org.rapporteur.pipeline.stage.masthead.MastheadStage;
import org.rapporteur.pipeline.stage.paragraphs.ParagraphStage;
import org.rapporteur.pipeline.stage.structure.StructureStage;
import org.rapporteur.pipeline.text.Lexicon;

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

    /** How many guessed splits a report names; the count says the rest. */
    private static final int NAMED = 8;

    /** One warning naming the line-end hyphens the joiner decided by rule alone, if any. */
    static List<Warning> guessedHyphens(StageContext context) {
        List<String> guessed = context.joiner().guessedHyphens();
        if (guessed.isEmpty()) {
            return List.of();
        }
        Lexicon lexicon = context.joiner().lexicon();
        String language = context.profile().language().code();
        String source = lexicon.present() ? "the document or the dictionary " + lexicon.name()
                : "the document (no spelling dictionary for " + language
                + (lexicon == Lexicon.NONE ? " found" : ": " + lexicon.name()) + "; see the README, \"Line-end hyphens\")";
        String named = String.join(", ", guessed.subList(0, Math.min(NAMED, guessed.size())))
                + (guessed.size() > NAMED ? " and " + (guessed.size() - NAMED) + " more" : "");
        return List.of(new Warning(Warning.Kind.GUESSED_HYPHEN, guessed.size() + " line-end hyphen"
                + (guessed.size() == 1 ? "" : "s") + " decided without evidence in " + source + ": " + named));
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
        return d.withWarnings(guessedHyphens(context));
    }
}
