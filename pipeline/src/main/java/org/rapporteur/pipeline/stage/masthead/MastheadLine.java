package org.rapporteur.pipeline.stage.masthead;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.rapporteur.model.Field;
import org.rapporteur.profile.BodyForm;
import org.rapporteur.profile.LanguageProfile;
import org.rapporteur.profile.Profiles;

/** What one masthead line is, from its own text. */
final class MastheadLine {
    // A masthead may name any language (an English masthead lists the others), so its fixed lines are
    // those of every language's data file.
    private static final Pattern DISTRIBUTION = Pattern.compile(
            "^" + Profiles.anyOf(p -> p.masthead().distribution()) + "\\.?\\s*:?\\s*\\p{L}+.*$");
    private static final Pattern ORIGINAL = Pattern.compile(
            "^" + Profiles.anyOf(p -> p.masthead().original()) + "\\s*:\\s*\\S.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SYMBOL = Pattern.compile("(?:" + Profiles.shared().symbol().pattern() + ")");
    private static final Pattern BRACKETED = Pattern.compile("^\\[.*\\]$");
    private static final Pattern ISSUE_DATE = Pattern.compile("^[\\p{L}\\d .,/-]{0,30}\\b\\d{4}\\b[\\p{L} .]{0,8}$");
    private static final Set<String> LANGUAGE_NAMES = Profiles.everyLanguage(p -> p.masthead().languageNames());
    private static final Set<String> ORGANIZATION = Profiles.everyLanguage(p -> p.masthead().organization());

    private MastheadLine() {
    }

    /** The field the line gives, or empty for a line that is not one of the known masthead facts. */
    static Optional<Field> classify(String text, LanguageProfile profile) {
        if (SYMBOL.matcher(text).matches()) {
            return Optional.of(Field.SYMBOL);
        }
        if (DISTRIBUTION.matcher(text).matches()) {
            return Optional.of(Field.DISTRIBUTION);
        }
        if (ORIGINAL.matcher(text).matches()) {
            return Optional.of(Field.ORIGINAL);
        }
        if (LANGUAGE_NAMES.contains(text)) {
            return Optional.of(Field.LANGUAGE_LINE);
        }
        if (BRACKETED.matcher(text).matches()) {
            return Optional.of(Field.COMMITTEE_REPORT);
        }
        if (profile.masthead().session().matcher(text).matches()) {
            return Optional.of(Field.SESSION);
        }
        if (profile.masthead().agenda().matcher(text).lookingAt()) {
            return Optional.of(Field.AGENDA_ITEM);
        }
        if (profile.masthead().adoption().matcher(text).matches()) {
            return Optional.of(Field.ADOPTION);
        }
        if (isBodyName(text, profile)) {
            return Optional.of(Field.BODY);
        }
        return Optional.empty();
    }

    static boolean looksLikeDate(String text) {
        return ISSUE_DATE.matcher(text).matches();
    }

    /** The organisation's name heads the first page; it is not kept. */
    static boolean isOrganization(String text) {
        // Arabic mastheads stretch letters with tatweel (الأمــم المتحـدة); it carries no meaning.
        return ORGANIZATION.contains(text.replace("\u0640", ""));
    }

    private static boolean isBodyName(String text, LanguageProfile profile) {
        // (the data writes "l'homme", a page prints "l’homme")
        String t = text.replace('\u2019', '\'');
        for (BodyForm b : profile.bodies()) {
            if (b.name().replace('\u2019', '\'').equalsIgnoreCase(t)) {
                return true;
            }
        }
        return false;
    }
}
