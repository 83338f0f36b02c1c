package com.lockvue.application.port.out;

import java.time.Instant;

/** How many Unique Codes there are in each state, over every account: a figure for operators, not for tenants. */
public interface UniqueCodeCensus {

    Counts count(Instant now);

    /** One count per {@code UniqueCodeStatus}, decided as {@code UniqueCode#statusAt} decides it. */
    record Counts(long scheduled, long active, long suspended, long exhausted, long expired, long deleted) {
    }
}
