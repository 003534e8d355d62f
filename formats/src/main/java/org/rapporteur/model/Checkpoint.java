package org.rapporteur.model;

import java.util.concurrent.CancellationException;

/**
 * Where a long conversion may stop. A batch that gives a file a time limit interrupts its thread when the
 * time is up; the reader, the stages and the writers call {@link #check()} between pages, stages and
 * formats, so an interrupted conversion ends there instead of running on beside the rest of the batch.
 */
public final class Checkpoint {
    private Checkpoint() {
    }

    /** Throws {@link CancellationException} when this thread was interrupted; the interrupt stays set. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted");
        }
    }
}
