package org.rapporteur.pipeline.stage.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import org.rapporteur.pipeline.language.LanguageProfile;

/** Reads a printed closing date in the document's language into an ISO date. */
final class DateReader {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00A0]+");
    private DateReader() {
    }

    static boolean isDate(String text, LanguageProfile profile) {
        return profile.date().matcher(fold(text)).matches();
    }

    static Optional<LocalDate> read(String text, LanguageProfile profile) {
        Matcher m = profile.date().matcher(fold(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        String month = m.group("month");
        Integer monthNumber = month.chars().allMatch(Character::isDigit) ? Integer.valueOf(month)
                : profile.months().get(month.toLowerCase(Locale.ROOT));
        if (monthNumber == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group("year")), monthNumber,
                    Integer.parseInt(m.group("day"))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** White space folded, so that {@code 2010 年 12 月 21 日} and {@code 2010年12月21日} read alike. */
    static String fold(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }
}
