package org.rapporteur.profile;

import java.util.List;
import org.rapporteur.model.Inlines;
import org.rapporteur.model.Language;

/**
 * What the stages and writers know of one language, read from its data file ({@code en.yaml} beside this
 * class) by {@link Profiles}: named sections, patterns compiled once.
 *
 * @param bodies the organs whose texts the language's formulas open, in the order of {@code organs.yaml}
 */
public record LanguageProfile(Language language, List<BodyForm> bodies, Numbering numbering, ClosingLines closing,
                              VoteWords vote, MastheadLines masthead, FurnitureLines furniture, Detection detection,
                              PreambleOpenings openings, Words words, Links links) {
    public LanguageProfile {
        bodies = List.copyOf(bodies);
    }

    /**
     * The organ whose enacting formula {@code text} is, alone ({@code The Security Council,}): white space folded,
     * letter case and the typographic apostrophe ({@code L’Assemblée}) aside.
     */
    public java.util.Optional<BodyForm> formula(String text) {
        String t = Inlines.fold(text).replace('\u2019', '\'');
        for (BodyForm b : bodies) {
            for (String f : b.formulas()) {
                if (f.replace('\u2019', '\'').equalsIgnoreCase(t)) {
                    return java.util.Optional.of(b);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether {@code text} is a closing date alone ({@code 1 December 2023}), white space folded. */
    public boolean isDate(String text) {
        return closing.date().matcher(Inlines.fold(text)).matches();
    }

    /** Whether {@code text} is a closing meeting line alone ({@code 38th plenary meeting}), white space folded. */
    public boolean isMeeting(String text) {
        return closing.meeting().matcher(Inlines.fold(text)).matches();
    }

    /**
     * The meeting's number as the UN's files title its location ({@code 38th}, {@code 38e}, {@code 第38次}):
     * what the language's meeting pattern captures as {@code number}, hyphens made plain.
     */
    public java.util.Optional<String> meetingNumber(String text) {
        var m = closing.meeting().matcher(Inlines.fold(text));
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.ofNullable(m.group("number")).map(n -> n.replaceAll("[\u2010\u2011\u2013]", "-")
                    .replaceAll("\\s+", ""));
        } catch (IllegalArgumentException noGroup) {
            return java.util.Optional.empty();
        }
    }
}
