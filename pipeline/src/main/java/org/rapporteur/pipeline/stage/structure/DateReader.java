package org.rapporteur.pipeline.stage.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import org.rapporteur.profile.LanguageProfile;

/** Reads a printed closing date in the document's language into an ISO date. */
final class DateReader {
    private DateReader() {
    }

    static Optional<LocalDate> read(String text, LanguageProfile profile) {
        Matcher m = profile.closing().date().matcher(org.rapporteur.model.Inlines.fold(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        String month = m.group("month");
        java.util.OptionalInt monthNumber = month.chars().allMatch(Character::isDigit)
                ? java.util.OptionalInt.of(Integer.parseInt(month)) : profile.closing().month(month);
        if (monthNumber.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group("year")), monthNumber.getAsInt(),
                    Integer.parseInt(m.group("day"))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
