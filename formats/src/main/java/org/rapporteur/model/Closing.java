package org.rapporteur.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The closing date and meeting: {@code 2010 年 12 月 21 日} / {@code 第 71 次全体会议}.
 * {@code date} is the ISO date when the printed one could be read; {@code meetingFirst} says the meeting
 * was printed above the date ("38th plenary meeting" / "21 November 2023"), as most languages print it.
 */
public record Closing(String printedDate, Optional<LocalDate> date, String meeting, boolean meetingFirst) implements Block {
    @Override
    public <R> R accept(Block.Visitor<R> visitor) {
        return visitor.closing(this);
    }

    public Closing {
        Objects.requireNonNull(printedDate, "printedDate must not be null");
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(meeting, "meeting must not be null");
    }

    /** The date printed first, then the meeting. */
    public Closing(String printedDate, Optional<LocalDate> date, String meeting) {
        this(printedDate, date, meeting, false);
    }

    /** The lines as printed, in the printed order, the empty one left out. */
    public List<String> printedLines() {
        return (meetingFirst ? List.of(meeting, printedDate) : List.of(printedDate, meeting)).stream()
                .filter(line -> !line.isEmpty()).toList();
    }
}
