package org.rapporteur.profile;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The closing lines of a resolution: the date and the meeting.
 *
 * @param date          a closing date alone; groups {@code day}, {@code month}, {@code year} by name
 * @param months        month names in lower case, January first (empty where months are numbers)
 * @param monthVariants other spellings of months, to their numbers (Arabic {@code يونيو} beside {@code يونيه})
 * @param meeting       a meeting line ({@code 第 71 次全体会议}, {@code 47th plenary meeting})
 */
public record ClosingLines(Pattern date, List<String> months, Map<String, Integer> monthVariants, Pattern meeting) {
    public ClosingLines {
        months = List.copyOf(months);
        monthVariants = Map.copyOf(monthVariants);
    }

    /** The number of the month {@code name} (any case), if the language names one so. */
    public OptionalInt month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int i = months.indexOf(n);
        if (i >= 0) {
            return OptionalInt.of(i + 1);
        }
        Integer v = monthVariants.get(n);
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }
}
