package com.lockvue.application.port.out;

import com.lockvue.application.event.IntegratorEvent;
import java.time.Instant;

/** The transactional outbox of integrator events, in the database of the changes they tell of. */
public interface EventOutbox {

    /**
     * Stores the event and, for each enabled endpoint of its account subscribed to its type (or only the endpoint
     * it is for), a delivery due at once; in the caller's transaction, so both commit with the change or not at all.
     */
    void publish(IntegratorEvent event);

    /** Deletes at most {@code max} events that occurred before {@code cutoff}, with their deliveries; how many. */
    int sweep(Instant cutoff, int max);
}
