package org.rapporteur.pipeline.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resolution's title line, {@code 65/218. Title} ({@code 75/180.增进…} without a space, Arabic
 * {@code 78/10 - عنوان}, special sessions {@code S-11/1. Title}): one definition for every stage that
 * looks for it, so the masthead ends, the running title is known and the title is read at the same line.
 */
public final class TitleLine {
    // A dot followed by a digit is a number (2023/24.5), not the end of a resolution number.
    private static final Pattern PATTERN = Pattern.compile("^((?:S-)?\\d{1,3}/\\d{1,4})(?:\\s*\\.(?!\\d)|\\s+[-–](?=\\s|$))\\s*(.*)$");

    private TitleLine() {
    }

    /** The number and title of {@code line} (group 1 and 2, the title possibly empty), or a matcher that does not match. */
    public static Matcher match(String line) {
        Matcher m = PATTERN.matcher(line.strip());
        m.matches();
        return m;
    }

    public static boolean is(String line) {
        return PATTERN.matcher(line.strip()).matches();
    }
}
