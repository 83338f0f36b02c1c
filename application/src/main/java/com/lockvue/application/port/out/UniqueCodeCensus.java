package com.lockvue.application.port.out;

import java.time.Instant;

/** How many Unique Codes there are in each state, over every account: a figure for operators, not for tenants. */
public interface UniqueCodeCensus {

    Counts count(Instant now);

    record Counts(long active, long expired, long deleted) {
    }
}
