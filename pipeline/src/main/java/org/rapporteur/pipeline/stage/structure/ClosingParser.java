package org.rapporteur.pipeline.stage.structure;

import java.util.Optional;
import org.rapporteur.profile.LanguageProfile;

/** Splits a closing line into its date and meeting, when they were printed on one line or joined. */
final class ClosingParser {
    record Parts(String date, String meeting, boolean meetingFirst) {
        Parts(String date, String meeting) {
            this(date, meeting, false);
        }
    }

    private static final int MAX = 120;

    private ClosingParser() {
    }

    /** The date and meeting of {@code text}, either of them possibly empty, or empty if it is neither. */
    static Optional<Parts> parse(String text, LanguageProfile profile) {
        // A date and a meeting are a few words; a paragraph is not searched for them cut by cut.
        if (text.length() > MAX) {
            return Optional.empty();
        }
        String t = org.rapporteur.model.Inlines.fold(text);
        if (profile.isDate(t)) {
            return Optional.of(new Parts(t, ""));
        }
        if (profile.isMeeting(t)) {
            return Optional.of(new Parts("", t));
        }
        for (int cut = 1; cut < t.length(); cut++) {
            // A date or meeting ends where a word does: before a space, or after a CJK 日 or 议.
            if (t.charAt(cut) != ' ' && t.charAt(cut - 1) != '日' && t.charAt(cut - 1) != '议') {
                continue;
            }
            String date = t.substring(0, cut).strip();
            String meeting = t.substring(cut).strip();
            if (profile.isDate(date) && profile.isMeeting(meeting)) {
                return Optional.of(new Parts(date, meeting));
            }
            // The UN's English, French, Spanish, Russian and Arabic texts print the meeting first.
            if (profile.isMeeting(date) && profile.isDate(meeting)) {
                return Optional.of(new Parts(meeting, date, true));
            }
        }
        return Optional.empty();
    }
}
