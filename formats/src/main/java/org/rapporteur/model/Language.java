package org.rapporteur.model;

import java.util.Arrays;
import java.util.Optional;

/** The six UN languages (and Japanese, which joins lines the way Chinese does). */
public enum Language {
    ARABIC("ar", "ara", "ar-SA", Script.ARABIC, true, " -", true),
    CHINESE("zh", "zho", "zh-CN", Script.HAN, false, ".", true),
    ENGLISH("en", "eng", "en-US", Script.LATIN, false, ".", true),
    FRENCH("fr", "fra", "fr-FR", Script.LATIN, false, ".", false),
    RUSSIAN("ru", "rus", "ru-RU", Script.CYRILLIC, false, ".", false),
    SPANISH("es", "spa", "es-ES", Script.LATIN, false, ".", false),
    JAPANESE("ja", "jpn", "ja-JP", Script.HAN, false, ".", true);

    private final String iso6391;
    private final String iso6392;
    private final String locale;
    private final Script script;
    private final boolean rightToLeft;
    private final String numberSuffix;
    private final boolean bracketedPoints;

    Language(String iso6391, String iso6392, String locale, Script script, boolean rightToLeft, String numberSuffix,
             boolean bracketedPoints) {
        this.numberSuffix = numberSuffix;
        this.bracketedPoints = bracketedPoints;
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

    /** An operative paragraph's number as the language prints it: {@code 1.}, Arabic {@code 1 -}. */
    public String printedNumber(String number) {
        return number + numberSuffix;
    }

    /** A sub-paragraph's label as the language prints it: {@code (a)}; French, Spanish, Russian {@code a)}. */
    public String printedPoint(String label) {
        return bracketedPoints ? "(" + label + ")" : label + ")";
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values())
                .filter(l -> l.iso6391.equalsIgnoreCase(code) || l.iso6392.equalsIgnoreCase(code))
                .findFirst();
    }
}
