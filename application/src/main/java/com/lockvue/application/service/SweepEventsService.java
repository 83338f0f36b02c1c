package com.lockvue.application.service;

import com.lockvue.application.port.in.SweepEventsUseCase;
import com.lockvue.application.port.out.EventOutbox;
import com.lockvue.application.port.out.TransactionRunner;
import java.time.Clock;
import java.time.Duration;

/** Deletes old events in small transactions, so the sweep never holds many rows locked at once. */
public class SweepEventsService implements SweepEventsUseCase {
    /** What integrators are promised: the feed reaches back at least this far. */
    public static final Duration MINIMUM_RETENTION = Duration.ofDays(30);
    private static final int BATCH = 1000;

    private final EventOutbox outbox;
    private final Duration retention;
    private final TransactionRunner tx;
    private final Clock clock;

    public SweepEventsService(EventOutbox outbox, Duration retention, TransactionRunner tx, Clock clock) {
        if (retention.compareTo(MINIMUM_RETENTION) < 0) {
            throw new IllegalArgumentException("events are kept at least " + MINIMUM_RETENTION.toDays() + " days");
        }
        this.outbox = outbox;
        this.retention = retention;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public int sweep() {
        var cutoff = clock.instant().minus(retention);
        int total = 0;
        int swept;
        do {
            swept = tx.inTransaction(() -> outbox.sweep(cutoff, BATCH));
            total += swept;
        } while (swept == BATCH);
        return total;
    }
}
