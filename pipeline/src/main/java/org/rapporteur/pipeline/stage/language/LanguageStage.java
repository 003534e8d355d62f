package org.rapporteur.pipeline.stage.language;

import java.util.List;
import java.util.Optional;
import org.rapporteur.model.Document;
import org.rapporteur.model.Language;
import org.rapporteur.model.Line;
import org.rapporteur.model.Warning;
import org.rapporteur.pipeline.stage.Stage;
import org.rapporteur.pipeline.stage.StageContext;

/** Records the document's language in its metadata, unless a reader or the user set it already. */
public final class LanguageStage implements Stage {
    private static final int SAMPLE = 5000;
    @Override
    public Document apply(Document document, StageContext context) {
        if (document.metadata().language().isPresent()) {
            return document;
        }
        // A few thousand characters tell the script and the language; a long document need not be read whole.
        StringBuilder sb = new StringBuilder();
        for (Line l : document.blocks(Line.class)) {
            if (sb.length() > SAMPLE) {
                break;
            }
            sb.append(l.text()).append('\n');
        }
        String text = sb.toString();
        Optional<Language> language = LanguageDetector.detect(text);
        if (language.isEmpty()) {
            return document.withWarnings(List.of(new Warning(Warning.Kind.UNKNOWN_LANGUAGE,
                    "no letters to tell the language by; treated as English")))
                    .withMetadata(document.metadata().withLanguage(Language.ENGLISH));
        }
        return document.withMetadata(document.metadata().withLanguage(language.get()));
    }
}
