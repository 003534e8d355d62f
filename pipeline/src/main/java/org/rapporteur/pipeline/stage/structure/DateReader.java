package org.rapporteur.pipeline.stage.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import org.rapporteur.pipeline.language.LanguageProfile;

/** Reads a printed closing date in the document's language into an ISO date. */
final class DateReader {
    private DateReader() {
    }

    static Optional<LocalDate> read(String text, LanguageProfile profile) {
        Matcher m = profile.date().matcher(LanguageProfile.fold(text));
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
}
