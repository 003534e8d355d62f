package org.rapporteur.pipeline.stage.language;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rapporteur.model.Document;
import org.rapporteur.model.Language;
import org.rapporteur.model.Line;
import org.rapporteur.model.Warning;
import org.rapporteur.pipeline.stage.Stage;

/** Records the document's language in its metadata, unless a reader or the user set it already. */
public final class LanguageStage implements Stage {
    @Override
    public Document apply(Document document) {
        if (document.metadata().language().isPresent()) {
            return document;
        }
        String text = document.blocks(Line.class).stream().map(Line::text).collect(Collectors.joining("\n"));
        Optional<Language> language = LanguageDetector.detect(text);
        if (language.isEmpty()) {
            return document.withWarnings(List.of(new Warning(Warning.Kind.UNKNOWN_LANGUAGE,
                    "no letters to tell the language by; treated as English")))
                    .withMetadata(document.metadata().withLanguage(Language.ENGLISH));
        }
        return document.withMetadata(document.metadata().withLanguage(language.get()));
    }
}
