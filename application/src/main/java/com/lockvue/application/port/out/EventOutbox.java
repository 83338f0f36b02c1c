package com.lockvue.application.port.out;

import java.time.Instant;

/**
 * The transactional outbox of integrator events, in the database of the changes they tell of. Events are written
 * with the audit row they come from ({@link AuditLog#append}): stored, with a delivery due at once for each enabled
 * endpoint of the account subscribed to the type (or only the endpoint an event is for), in the caller's
 * transaction, so both commit with the change or not at all.
 */
public interface EventOutbox {

    /** Deletes at most {@code max} events that occurred before {@code cutoff}, with their deliveries; how many. */
    int sweep(Instant cutoff, int max);
}
