package org.rapporteur.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One side of a recorded vote: its printed label ({@code 赞成：}, {@code In favour:}), its members and
 * the count the summary printed for it.
 */
public record VoteGroup(Kind kind, String label, List<String> members, OptionalInt printedCount) {
    public enum Kind { IN_FAVOUR, AGAINST, ABSTAINING }

    public VoteGroup {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(label, "label must not be null");
        members = List.copyOf(members);
        Objects.requireNonNull(printedCount, "printedCount must not be null");
    }
}
