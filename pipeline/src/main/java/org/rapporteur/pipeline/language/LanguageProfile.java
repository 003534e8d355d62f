package org.rapporteur.pipeline.language;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.rapporteur.model.Language;

/**
 * What the stages need to know about one language, as data. Patterns are compiled once here.
 *
 * @param operativeNumber an operative paragraph's printed number, group 1 the number ({@code 1. }, Arabic {@code 1 - })
 * @param subParagraph    a sub-paragraph label, group 1 the label ({@code (a) })
 * @param date            a closing date alone; groups day, month, year by name
 * @param months          month names (lower case) to month numbers, for {@code date}
 * @param meeting         a meeting line ({@code 第 71 次全体会议}, {@code 47th plenary meeting})
 * @param voteSummary     the opening of a recorded vote ({@code [经记录表决…}, {@code [Adopted by a recorded vote…})
 * @param voteCounts      the counts in a vote summary, groups {@code yes}, {@code no}, {@code abst} (digits, or a word
 *                        for none); a group that did not take part counts as none
 * @param voteLabels      labels of the in favour, against and abstaining lists, in that order
 * @param memberSeparator splits a list of member States
 * @param sessionLine     a masthead session line ({@code 第七十五届会议}, {@code Seventy-fifth session})
 * @param agendaLine      a masthead agenda item line
 * @param adoptionLine    the masthead line saying who adopted the resolution and when
 */
public record LanguageProfile(Language language, List<BodyForm> bodies, Pattern operativeNumber,
                              Pattern subParagraph, Pattern date, Map<String, Integer> months, Pattern meeting,
                              Pattern voteSummary, Pattern voteCounts, List<String> voteLabels, Pattern memberSeparator,
                              Pattern sessionLine, Pattern agendaLine, Pattern adoptionLine) {
    public LanguageProfile {
        bodies = List.copyOf(bodies);
        months = Map.copyOf(months);
        voteLabels = List.copyOf(voteLabels);
        if (voteLabels.size() != 3) {
            throw new IllegalArgumentException("three vote labels: in favour, against, abstaining");
        }
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    /** {@code text} with white space folded, so that {@code 2010 年 12 月 21 日} and {@code 2010年12月21日} read alike. */
    public static String fold(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }

    /** Whether {@code text} is a closing date alone ({@code 1 December 2023}), white space folded. */
    public boolean isDate(String text) {
        return date.matcher(fold(text)).matches();
    }

    /** Whether {@code text} is a closing meeting line alone ({@code 38th plenary meeting}), white space folded. */
    public boolean isMeeting(String text) {
        return meeting.matcher(fold(text)).matches();
    }
}
