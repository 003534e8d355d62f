package org.rapporteur.pipeline.stage.language;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rapporteur.model.Language;
import org.rapporteur.model.Script;

/**
 * The language of a text, from its script, then (for Latin script) from the enacting formula and the
 * commonest short words.
 */
public final class LanguageDetector {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private LanguageDetector() {
    }

    public static Optional<Language> detect(String text) {
        int han = 0;
        int kana = 0;
        int latin = 0;
        int cyrillic = 0;
        int arabic = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
                kana++;
            }
            Script script = Character.isLetter(cp) ? Script.of(cp) : null;
            if (script == Script.HAN) {
                han++;
            } else if (script == Script.LATIN) {
                latin++;
            } else if (script == Script.CYRILLIC) {
                cyrillic++;
            } else if (script == Script.ARABIC) {
                arabic++;
            }
        }
        // Latin letters count less: symbols and names (A/RES/65/218, COVID-19) occur in every language.
        int max = Math.max(Math.max(han, cyrillic), Math.max(arabic, latin / 3));
        if (max == 0) {
            return Optional.empty();
        }
        if (max == han) {
            return Optional.of(kana * 10 > han ? Language.JAPANESE : Language.CHINESE);
        }
        if (max == cyrillic) {
            return Optional.of(Language.RUSSIAN);
        }
        if (max == arabic) {
            return Optional.of(Language.ARABIC);
        }
        return Optional.of(latinLanguage(text));
    }

    /** English, French or Spanish by their commonest function words. */
    private static Language latinLanguage(String text) {
        int en = 0;
        int fr = 0;
        int es = 0;
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            switch (m.group()) {
                case "the", "of", "and", "to", "its", "on" -> en++;
                case "le", "les", "des", "et", "du", "sur", "aux" -> fr++;
                case "el", "los", "las", "del", "y", "sobre", "su" -> es++;
                default -> { }
            }
        }
        if (fr > en && fr >= es) {
            return Language.FRENCH;
        }
        if (es > en && es > fr) {
            return Language.SPANISH;
        }
        return Language.ENGLISH;
    }
}
