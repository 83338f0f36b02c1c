package com.lockvue.adapter.persistence;

import com.lockvue.application.event.IntegratorEvent;
import com.lockvue.application.port.out.EventOutbox;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.time.Instant;

/**
 * Writes an event and its deliveries in one statement, in the caller's transaction. A delivery is made for each
 * enabled endpoint of the account whose event types include the event's (a test event: for its one endpoint).
 */
@ApplicationScoped
public class PostgresEventOutbox implements EventOutbox {
    private static final String INSERT_EVENT = """
            WITH event AS (
              INSERT INTO integrator_events (id, account_id, type, occurred_at, only_to, body)
              VALUES (?, ?, ?, ?, %s, ?)
              RETURNING id, position, occurred_at, account_id, type, only_to)
            INSERT INTO webhook_deliveries (id, endpoint_id, event_id, state, attempts, next_attempt_at, created_at, position)
            SELECT gen_random_uuid(), e.id, event.id, 'PENDING', 0, event.occurred_at, event.occurred_at, event.position
            FROM webhook_endpoints e, event
            WHERE e.account_id = event.account_id AND e.enabled AND %s
            """;
    private static final String FOR_SUBSCRIBERS = INSERT_EVENT.formatted("NULL",
            "event.type = ANY (string_to_array(e.event_types, ','))");
    private static final String FOR_ONE_ENDPOINT = INSERT_EVENT.formatted("?", "e.id = event.only_to");

    private final Jdbc jdbc;

    @Inject
    public PostgresEventOutbox(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void publish(IntegratorEvent event) {
        UUID onlyTo = event.onlyTo() == null ? null : event.onlyTo().value();
        jdbc.update(onlyTo == null ? FOR_SUBSCRIBERS : FOR_ONE_ENDPOINT, p -> {
            p.uuid(event.id()).uuid(event.accountId().value()).text(event.type().wireName()).at(event.occurredAt());
            if (onlyTo != null) {
                p.uuid(onlyTo);
            }
            p.text(event.body());
        });
    }

    @Override
    public int sweep(Instant cutoff, int max) {
        return Panache.getEntityManager().createNativeQuery("""
                DELETE FROM integrator_events WHERE id IN (
                  SELECT id FROM integrator_events WHERE occurred_at < :cutoff ORDER BY occurred_at LIMIT :max)
                """).setParameter("cutoff", SqlValues.at(cutoff)).setParameter("max", max).executeUpdate();
    }
}
