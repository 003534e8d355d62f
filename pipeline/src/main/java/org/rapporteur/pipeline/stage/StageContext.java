package org.rapporteur.pipeline.stage;

import java.util.List;
import org.rapporteur.model.Document;
import org.rapporteur.model.Language;
import org.rapporteur.model.Line;
import org.rapporteur.pipeline.text.LineJoiner;
import org.rapporteur.profile.LanguageProfile;
import org.rapporteur.profile.Profiles;

/**
 * What every stage of one document shares (Tika's {@code ParseContext}): the profile of its language,
 * resolved once, and one line joiner, so that every stage decides a line-end hyphen on the same evidence.
 */
public record StageContext(LanguageProfile profile, LineJoiner joiner) {
    /**
     * The context of {@code document}: its language's profile (English where none is known yet) and a joiner
     * that learns from its lines.
     */
    public static StageContext of(Document document) {
        LanguageProfile profile = Profiles.of(document.metadata().language().orElse(Language.ENGLISH));
        List<String> lines = document.blocks(Line.class).stream().map(Line::text).toList();
        return new StageContext(profile, LineJoiner.of(lines, profile.words().hyphenPrefixes()));
    }
}
