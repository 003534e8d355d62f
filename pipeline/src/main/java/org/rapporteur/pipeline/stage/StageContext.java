package org.rapporteur.pipeline.stage;

import java.util.List;
import org.rapporteur.model.Document;
import org.rapporteur.model.Language;
import org.rapporteur.model.Line;
import org.rapporteur.pipeline.text.HunspellLexicons;
import org.rapporteur.pipeline.text.LineJoiner;
import org.rapporteur.profile.LanguageProfile;
import org.rapporteur.profile.Profiles;

/**
 * What every stage of one document shares (Tika's {@code ParseContext}): the profile of its language,
 * resolved once, one line joiner, so that every stage decides a line-end hyphen on the same evidence, and
 * the sink its warnings go to. One context serves one document on one thread.
 */
public record StageContext(LanguageProfile profile, LineJoiner joiner, Warnings warnings) {
    /**
     * Where a stage reports a problem of the document (pandoc's {@code report}): the warnings go to the
     * document after the stage, in the order they were reported.
     */
    public static final class Warnings extends java.util.AbstractList<org.rapporteur.model.Warning> {
        private final List<org.rapporteur.model.Warning> pending = new java.util.ArrayList<>();

        @Override
        public void add(int index, org.rapporteur.model.Warning warning) {
            pending.add(index, java.util.Objects.requireNonNull(warning));
        }

        @Override
        public org.rapporteur.model.Warning get(int index) {
            return pending.get(index);
        }

        @Override
        public int size() {
            return pending.size();
        }

        /** The warnings reported since the last call, taken out. */
        public List<org.rapporteur.model.Warning> drain() {
            List<org.rapporteur.model.Warning> out = List.copyOf(pending);
            pending.clear();
            return out;
        }
    }

    /**
     * The context of {@code document}: its language's profile (English where none is known yet) and a joiner
     * that learns from its lines and checks the hyphens they do not settle against the language's dictionary.
     */
    public static StageContext of(Document document) {
        LanguageProfile profile = Profiles.of(document.metadata().language().orElse(Language.ENGLISH));
        return new StageContext(profile, LineJoiner.of(new LineTexts(document), profile.words().hyphenPrefixes(),
                HunspellLexicons.of(profile.words().dictionaries())), new Warnings());
    }

    /**
     * The document's line texts, read when the joiner first asks (it learns only when a line-end hyphen or a
     * spaced mark needs a decision; the stages that find the language never ask), then kept.
     */
    private static final class LineTexts implements Iterable<String> {
        private final Document document;
        private List<String> texts;

        LineTexts(Document document) {
            this.document = document;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            if (texts == null) {
                texts = document.blocks(Line.class).stream().map(Line::text).toList();
            }
            return texts.iterator();
        }
    }
}
