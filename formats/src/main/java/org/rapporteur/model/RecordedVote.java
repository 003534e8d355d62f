package org.rapporteur.model;

import java.util.List;
import java.util.Objects;

/**
 * A recorded vote: the summary sentence as printed and the member lists under their printed labels.
 * Counts are those printed in the summary where it gives them.
 */
public record RecordedVote(String summary, List<VoteGroup> groups) implements Block {
    @Override
    public <R> R accept(Block.Visitor<R> visitor) {
        return visitor.recordedVote(this);
    }

    public RecordedVote {
        Objects.requireNonNull(summary, "summary must not be null");
        groups = List.copyOf(groups);
    }

    public List<String> members(VoteGroup.Kind kind) {
        return groups.stream().filter(g -> g.kind() == kind).flatMap(g -> g.members().stream()).toList();
    }
}
