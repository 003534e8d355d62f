package org.rapporteur.profile;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How a recorded vote is printed.
 *
 * @param summary         the opening of a recorded vote ({@code [经记录表决…}, {@code [Adopted by a recorded vote…})
 * @param counts          the counts in a summary, groups {@code yes}, {@code no}, {@code abst} (digits, or a word for
 *                        none); a group that did not take part counts as none
 * @param labels          labels of the in favour, against and abstaining lists, in that order
 * @param none            the words a summary prints for a count of none ({@code contre zéro})
 * @param memberSeparator splits a list of member States
 * @param listSeparator   what the writers put between members
 * @param withoutVote     the adoption note of a text adopted without a vote ({@code [Adopted without a vote.]})
 */
public record VoteWords(Pattern withoutVote, Pattern summary, Pattern counts, List<String> labels, List<String> none,
                        Pattern memberSeparator, String listSeparator) {
    public VoteWords {
        labels = List.copyOf(labels);
        none = List.copyOf(none);
        if (labels.size() != 3) {
            throw new IllegalArgumentException("three vote labels: in favour, against, abstaining");
        }
    }
}
