package org.rapporteur.model;

/** Writing systems, as far as line joining and hyphenation care. */
public enum Script {
    /** Chinese and Japanese: lines join without a space and there is no hyphenation. */
    HAN(false, false),
    LATIN(true, true),
    CYRILLIC(true, true),
    /** Arabic joins with a space and is not hyphenated at line ends. */
    ARABIC(true, false);

    private final boolean spaceBetweenWords;
    private final boolean hyphenates;

    Script(boolean spaceBetweenWords, boolean hyphenates) {
        this.spaceBetweenWords = spaceBetweenWords;
        this.hyphenates = hyphenates;
    }

    public boolean spaceBetweenWords() {
        return spaceBetweenWords;
    }

    public boolean hyphenates() {
        return hyphenates;
    }

    /** The script a character belongs to, or null for digits, punctuation and spaces. */
    public static Script of(int codePoint) {
        Character.UnicodeScript s = unicodeScript(codePoint);
        return switch (s) {
            case HAN, HIRAGANA, KATAKANA, BOPOMOFO -> HAN;
            case LATIN -> LATIN;
            case CYRILLIC -> CYRILLIC;
            case ARABIC -> ARABIC;
            default -> isCjkPunctuation(codePoint) ? HAN : null;
        };
    }

    /**
     * {@link Character.UnicodeScript#of}, answered at once for ASCII and for U+4E00–U+9FEF (Han in every
     * Unicode version since 11), which make up most of the text: the JDK binary-searches a table for every
     * character, and the stages ask for every character of every line.
     */
    public static Character.UnicodeScript unicodeScript(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ? Character.UnicodeScript.LATIN
                    : Character.UnicodeScript.COMMON;
        }
        if (cp >= 0x4E00 && cp <= 0x9FEF) {
            return Character.UnicodeScript.HAN;
        }
        return Character.UnicodeScript.of(cp);
    }

    /** A Chinese or Japanese character: Han, Hiragana or Katakana (the one test of it). */
    public static boolean isCjk(int cp) {
        Character.UnicodeScript s = unicodeScript(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    /**
     * A Chinese or Japanese character, or ideographic or full-width punctuation: what joins its neighbours
     * without a space. Curly quotes and dashes, which Chinese shares with English, are not.
     */
    public static boolean isIdeographic(int cp) {
        return isCjk(cp) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /** Full-width and ideographic punctuation (，。；《》“” in CJK text) behave as CJK when joining lines. */
    public static boolean isCjkPunctuation(int cp) {
        return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || cp == 0x2014 || cp == 0x2026
                || cp == 0x201C || cp == 0x201D;
    }
}
