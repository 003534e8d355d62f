package org.rapporteur.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The six UN languages (and Japanese, which joins lines the way Chinese does): their codes and script.
 * What each writes its own way is in its data file ({@code org.rapporteur.profile}).
 */
public enum Language {
    ARABIC("ar", "ara", "ar-SA", Script.ARABIC, true),
    CHINESE("zh", "zho", "zh-CN", Script.HAN, false),
    ENGLISH("en", "eng", "en-US", Script.LATIN, false),
    FRENCH("fr", "fra", "fr-FR", Script.LATIN, false),
    RUSSIAN("ru", "rus", "ru-RU", Script.CYRILLIC, false),
    SPANISH("es", "spa", "es-ES", Script.LATIN, false),
    JAPANESE("ja", "jpn", "ja-JP", Script.HAN, false);

    private final String iso6391;
    private final String iso6392;
    private final String locale;
    private final Script script;
    private final boolean rightToLeft;

    Language(String iso6391, String iso6392, String locale, Script script, boolean rightToLeft) {
        this.iso6391 = iso6391;
        this.iso6392 = iso6392;
        this.locale = locale;
        this.script = script;
        this.rightToLeft = rightToLeft;
    }

    /** Two-letter code, as in Markdown front matter ({@code zh}). */
    public String code() {
        return iso6391;
    }

    /** ISO 639-2 code, as AKN4UN expressions use ({@code zho}). */
    public String iso6392() {
        return iso6392;
    }

    /** Word's {@code w:lang} value ({@code zh-CN}). */
    public String locale() {
        return locale;
    }

    public Script script() {
        return script;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values())
                .filter(l -> l.iso6391.equalsIgnoreCase(code) || l.iso6392.equalsIgnoreCase(code))
                .findFirst();
    }
}
