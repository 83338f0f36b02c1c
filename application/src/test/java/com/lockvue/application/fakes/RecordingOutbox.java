package com.lockvue.application.fakes;

import com.lockvue.application.event.IntegratorEvent;
import com.lockvue.application.port.out.EventOutbox;
import com.lockvue.domain.webhook.EventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Keeps published events in order; what a rolled-back transaction published disappears. */
public final class RecordingOutbox implements EventOutbox, Transactional {
    private final List<IntegratorEvent> events = new ArrayList<>();

    /** An event written with its audit row ({@link RecordingAuditLog}). */
    public void record(IntegratorEvent event) {
        events.add(event);
    }

    @Override
    public int sweep(Instant cutoff, int max) {
        List<IntegratorEvent> old = events.stream().filter(e -> e.occurredAt().isBefore(cutoff)).limit(max).toList();
        events.removeAll(old);
        return old.size();
    }

    public List<IntegratorEvent> events() {
        return List.copyOf(events);
    }

    public List<EventType> types() {
        return events.stream().map(IntegratorEvent::type).toList();
    }

    @Override
    public Runnable snapshot() {
        List<IntegratorEvent> copy = List.copyOf(events);
        return () -> {
            events.clear();
            events.addAll(copy);
        };
    }
}
