package org.rapporteur.pipeline.stage.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.RecordedVote;
import org.rapporteur.model.VoteGroup;
import org.rapporteur.model.Warning;
import org.rapporteur.profile.LanguageProfile;

/**
 * Reads a recorded vote from its paragraphs: the summary ({@code [经记录表决，以 29 票赞成…}), then each
 * label ({@code 赞成：}) with its member list. The brackets around the whole record are typography and
 * are not kept. Counts printed in the summary are checked against the lists.
 */
final class VoteParser {
    /** Arabic vowel marks and other combining marks, which the summary may or may not print. */
    private static final Pattern MARKS = Pattern.compile("\\p{Mn}+");
    /** A label and its colon: "赞成：", "In favour:". */
    private static final Pattern UP_TO_COLON = Pattern.compile("^[^:：]*[:：]\\s*");
    private static final VoteGroup.Kind[] KINDS = VoteGroup.Kind.values();

    private VoteParser() {
    }

    static boolean isSummary(String text, LanguageProfile profile) {
        String t = text.strip();
        // (every paragraph is asked: the marks, Arabic's vowel signs, are looked for with the pattern only
        // in text that has one)
        return profile.vote().summary().matcher(hasMark(t) ? MARKS.matcher(t).replaceAll("") : t).lookingAt();
    }

    private static boolean hasMark(String t) {
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** The vote in {@code paragraphs}, the first being the summary; mismatched counts go to {@code warnings}. */
    static RecordedVote parse(List<String> paragraphs, LanguageProfile profile, List<Warning> warnings) {
        String summary = unbracket(paragraphs.get(0));
        int[] counts = counts(summary, profile);
        List<String> labels = new ArrayList<>();
        List<List<String>> members = new ArrayList<>();
        List<VoteGroup.Kind> kinds = new ArrayList<>();
        for (String p : paragraphs.subList(1, paragraphs.size())) {
            String text = unbracket(p);
            int kind = labelIndex(text, profile);
            if (kind >= 0) {
                Matcher colon = UP_TO_COLON.matcher(text);
                String label = colon.lookingAt() ? text.substring(0, colon.end()).strip() : text;
                String rest = colon.lookingAt() ? text.substring(colon.end()) : "";
                labels.add(label);
                kinds.add(KINDS[kind]);
                members.add(new ArrayList<>());
                text = rest;
            }
            if (!text.isBlank() && members.isEmpty()) {
                // Before the first label the text still belongs to the summary.
                summary = summary + " " + text;
            } else if (!text.isBlank()) {
                Arrays.stream(profile.vote().memberSeparator().split(text.strip()))
                        .map(String::strip).filter(s -> !s.isEmpty())
                        .forEach(members.get(members.size() - 1)::add);
            }
        }
        List<VoteGroup> groups = new ArrayList<>();
        for (int g = 0; g < labels.size(); g++) {
            int k = kinds.get(g).ordinal();
            OptionalInt printed = counts.length == 3 ? OptionalInt.of(counts[k]) : OptionalInt.empty();
            groups.add(new VoteGroup(kinds.get(g), labels.get(g), members.get(g), printed));
            if (printed.isPresent() && printed.getAsInt() != members.get(g).size()) {
                warnings.add(new Warning(Warning.Kind.VOTE_COUNT_MISMATCH, labels.get(g) + " "
                        + printed.getAsInt() + " printed, " + members.get(g).size() + " members listed"));
            }
        }
        return new RecordedVote(summary, groups);
    }

    /**
     * The printed counts, in favour / against / abstaining: read with the language's own pattern; else the
     * first three numbers in order; empty when the summary gives neither.
     */
    static int[] counts(String summary, LanguageProfile profile) {
        Matcher m = profile.vote().counts().matcher(MARKS.matcher(summary).replaceAll(""));
        if (m.find()) {
            return new int[] {count(m.group("yes")), count(m.group("no")), count(m.group("abst"))};
        }
        int[] numbers = countOrNone(profile).matcher(summary).results()
                .mapToInt(r -> r.group().chars().allMatch(Character::isDigit) ? Integer.parseInt(r.group()) : 0).toArray();
        return numbers.length == 3 ? numbers : new int[0];
    }

    /** A count: digits, or the word the language's summary uses for none (contre zéro, contra ninguno, مقابل صفر). */
    private static Pattern countOrNone(LanguageProfile profile) {
        StringBuilder none = new StringBuilder();
        profile.vote().none().forEach(w -> none.append('|').append(Pattern.quote(w)));
        return Pattern.compile(none.length() == 0 ? "\\d+" : "\\d+|(?<!\\p{L})(?:" + none.substring(1) + ")(?!\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static int count(String group) {
        return group != null && group.chars().allMatch(Character::isDigit) ? Integer.parseInt(group) : 0;
    }

    /** Which of the in favour / against / abstaining labels {@code text} opens with, or -1. */
    static int labelIndex(String text, LanguageProfile profile) {
        String t = text.strip();
        for (int k = 0; k < 3; k++) {
            String label = profile.vote().labels().get(k);
            if (t.regionMatches(true, 0, label, 0, label.length())) {
                String rest = t.substring(label.length()).strip();
                if (rest.startsWith(":") || rest.startsWith("：") || rest.isEmpty()) {
                    return k;
                }
            }
        }
        return -1;
    }

    private static String unbracket(String s) {
        String t = s.strip();
        if (t.startsWith("[")) {
            t = t.substring(1);
        }
        if (t.endsWith("]")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip();
    }
}
