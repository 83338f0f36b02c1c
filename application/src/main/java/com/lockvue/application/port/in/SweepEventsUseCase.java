package com.lockvue.application.port.in;

/** Deletes integrator events (and their deliveries) older than the retention, which is never under 30 days. */
public interface SweepEventsUseCase {

    int sweep();
}
