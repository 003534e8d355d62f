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

    /** Two dates as printed in a range ("26 February–5 April 2024"), each with its ISO date. */
    record Range(String startText, LocalDate start, String endText, LocalDate end) {
    }

    /**
     * A range of dates as a session's dates print it, in any language: the date printed whole (the end in
     * "26 February–5 April 2024", the start in "2024年2月26日至4月5日") by the language's date pattern, the
     * other completed with its year the way the whole one writes it (its day and month put in the whole
     * one's place: "26 February" in "5 April 2024" is "26 February 2024"). Words and dashes between the two
     * ("–", " a ", "至") are trimmed off. Empty where the text is no such range.
     */
    static Optional<Range> readRange(String printed, LanguageProfile profile) {
        String text = org.rapporteur.model.Inlines.fold(printed).strip();
        Optional<Range> loose = loose(text, profile);
        if (loose.isPresent()) {
            return loose;
        }
        for (int i = 1; i < text.length(); i++) {
            if (!Character.isLetterOrDigit(text.charAt(i)) || Character.isLetterOrDigit(text.charAt(i - 1))
                    && !Character.isIdeographic(text.charAt(i - 1))) {
                continue;
            }
            Matcher whole = whole(text.substring(i), profile);
            if (whole != null) {
                String end = text.substring(i).strip();
                for (String start = trimEnd(text.substring(0, i)); !start.isEmpty(); start = dropLastWord(start)) {
                    String st = start;
                    Optional<LocalDate> s = read(start, profile).or(() -> completed(st, whole, profile));
                    Optional<LocalDate> e = read(end, profile);
                    if (s.isPresent() && e.isPresent() && s.get().isBefore(e.get())) {
                        return Optional.of(new Range(start, s.get(), end, e.get()));
                    }
                }
            }
        }
        for (int j = text.length() - 1; j > 0; j--) {
            Matcher whole = whole(text.substring(0, j), profile);
            if (whole != null) {
                String start = text.substring(0, j).strip();
                String rest = text.substring(j).strip();
                for (int k = 0; k < Math.min(4, rest.length()); k++) {
                    String end = rest.substring(k).strip();
                    String en = end;
                    Optional<LocalDate> e = read(end, profile).or(() -> completed(en, whole, profile));
                    Optional<LocalDate> s = read(start, profile);
                    if (!end.isEmpty() && e.isPresent() && s.isPresent() && s.get().isBefore(e.get())) {
                        return Optional.of(new Range(start, s.get(), end, e.get()));
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The bare form the UN's own cover pages give many session dates in, whatever the language's full date
     * looks like: day, month name (the language's), year on the last ("26 febrero 5 abril 2024",
     * "26 شباط 5 نيسان 2024"), a dash between or not.
     */
    private static final java.util.regex.Pattern LOOSE = java.util.regex.Pattern.compile(
            "^(?<d1>\\d{1,2})\\s+(?<m1>[\\p{L}/]+)(?:\\s+(?<y1>\\d{4}))?\\s*[-–—]?\\s*(?<d2>\\d{1,2})\\s+(?<m2>[\\p{L}/]+)\\s+(?<y2>\\d{4})$");

    private static Optional<Range> loose(String text, LanguageProfile profile) {
        Matcher m = LOOSE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        java.util.OptionalInt m1 = month(m.group("m1"), profile);
        java.util.OptionalInt m2 = month(m.group("m2"), profile);
        if (m1.isEmpty() || m2.isEmpty()) {
            return Optional.empty();
        }
        try {
            int y2 = Integer.parseInt(m.group("y2"));
            int y1 = m.group("y1") != null ? Integer.parseInt(m.group("y1")) : y2;
            LocalDate start = LocalDate.of(y1, m1.getAsInt(), Integer.parseInt(m.group("d1")));
            LocalDate end = LocalDate.of(y2, m2.getAsInt(), Integer.parseInt(m.group("d2")));
            if (!start.isBefore(end)) {
                return Optional.empty();
            }
            String startText = text.substring(0, m.end(m.group("y1") != null ? "y1" : "m1"));
            return Optional.of(new Range(startText, start, text.substring(m.start("d2")), end));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A month by the language's name for it; a name written "Arabic/Latin-script" by either half. */
    private static java.util.OptionalInt month(String name, LanguageProfile profile) {
        java.util.OptionalInt n = profile.closing().month(name);
        if (n.isEmpty() && name.contains("/")) {
            for (String half : name.split("/")) {
                n = profile.closing().month(half);
                if (n.isPresent()) {
                    break;
                }
            }
        }
        return n;
    }

    private static Matcher whole(String text, LanguageProfile profile) {
        Matcher m = profile.closing().date().matcher(text.strip());
        return m.matches() && read(text, profile).isPresent() ? m : null;
    }

    /** {@code partial} (a day and a month) put in the place of {@code whole}'s day and month. */
    private static Optional<LocalDate> completed(String partial, Matcher whole, LanguageProfile profile) {
        int from = Math.min(whole.start("day"), whole.start("month"));
        int to = Math.max(whole.end("day"), whole.end("month"));
        String w = whole.group();
        // (a partial that carries the whole one's ending, "4月5日" for "2024年2月26日", takes its place too)
        String tail = w.substring(to);
        if (!tail.isBlank() && partial.endsWith(tail.strip())) {
            to = w.length();
        }
        return read(w.substring(0, from) + partial + w.substring(to), profile);
    }

    private static String trimEnd(String s) {
        int e = s.length();
        while (e > 0 && !Character.isLetterOrDigit(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(0, e);
    }

    private static String dropLastWord(String s) {
        int cut = s.strip().lastIndexOf(' ');
        return cut < 0 ? "" : trimEnd(s.strip().substring(0, cut));
    }

    /**
     * A date printed inside a line, in the language's pattern: the longest stretch from a digit on that reads
     * as one ("Resolution adopted by the General Assembly on 21 November 2023", "2023年11月21日大会决议").
     */
    static Optional<LocalDate> within(String line, LanguageProfile profile) {
        String text = org.rapporteur.model.Inlines.fold(line).strip();
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i)) || i > 0 && Character.isDigit(text.charAt(i - 1))) {
                continue;
            }
            for (int j = text.length(); j > i; j--) {
                Optional<LocalDate> d = read(text.substring(i, j), profile);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDate> read(String text, LanguageProfile profile) {
        Matcher m = profile.closing().date().matcher(org.rapporteur.model.Inlines.fold(text).strip());
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
