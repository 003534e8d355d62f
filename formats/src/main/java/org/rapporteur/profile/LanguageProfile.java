package org.rapporteur.profile;

import java.util.List;
import java.util.regex.Pattern;
import org.rapporteur.model.Language;

/**
 * What the stages and writers know of one language, read from its data file ({@code en.yaml} beside this
 * class) by {@link Profiles}: named sections, patterns compiled once.
 *
 * @param bodies the organs whose texts the language's formulas open, in the order of {@code organs.yaml}
 */
public record LanguageProfile(Language language, List<BodyForm> bodies, Numbering numbering, ClosingLines closing,
                              VoteWords vote, MastheadLines masthead, FurnitureLines furniture, Detection detection,
                              PreambleOpenings openings, Words words) {
    public LanguageProfile {
        bodies = List.copyOf(bodies);
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    /** {@code text} with white space folded, so that {@code 2010 年 12 月 21 日} and {@code 2010年12月21日} read alike. */
    public static String fold(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }

    /** Whether {@code text} is a closing date alone ({@code 1 December 2023}), white space folded. */
    public boolean isDate(String text) {
        return closing.date().matcher(fold(text)).matches();
    }

    /** Whether {@code text} is a closing meeting line alone ({@code 38th plenary meeting}), white space folded. */
    public boolean isMeeting(String text) {
        return closing.meeting().matcher(fold(text)).matches();
    }
}
