package com.lockvue.application.port.in;

/**
 * Codes expire by the clock alone; this records each expiry once it has passed (audit trail and integrator event,
 * in one transaction per code), in the background.
 */
public interface AnnounceCodeExpiriesUseCase {

    /** Announces at most {@code max} passed expiries; how many it announced. */
    int announceDue(int max);
}
