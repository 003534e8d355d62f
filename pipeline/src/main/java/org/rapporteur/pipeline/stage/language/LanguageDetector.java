package org.rapporteur.pipeline.stage.language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rapporteur.model.Language;
import org.rapporteur.model.Script;
import org.rapporteur.profile.LanguageProfile;
import org.rapporteur.profile.Profiles;

/**
 * The language of a text, from its script, then (for Latin script) from the enacting formula and the
 * commonest short words.
 */
public final class LanguageDetector {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** The Latin-script languages with words to tell them apart, in {@link Language}'s order. */
    private static final List<LanguageProfile> LATIN = Profiles.all().stream()
            .filter(p -> p.language().script() == Script.LATIN && !p.detection().words().isEmpty()).toList();

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
            Character.UnicodeScript s = Script.unicodeScript(cp);
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

    /**
     * English, French or Spanish by their commonest short words (each language's data file): the language
     * with the most, the first of them in {@link Language}'s order on a tie (English where none is found).
     */
    private static Language latinLanguage(String text) {
        int[] counts = new int[LATIN.size()];
        var m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            for (int k = 0; k < counts.length; k++) {
                if (LATIN.get(k).detection().words().contains(m.group())) {
                    counts[k]++;
                }
            }
        }
        int best = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return LATIN.isEmpty() ? Language.ENGLISH : LATIN.get(best).language();
    }
}
