package com.lockvue.adapter.persistence;

import com.lockvue.application.event.IntegratorEvent;
import com.lockvue.application.port.out.EventOutbox;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;

/**
 * Writes an event and its deliveries in one statement, in the caller's transaction. A delivery is made for each
 * enabled endpoint of the account whose event types include the event's (a test event: for its one endpoint).
 */
@ApplicationScoped
public class JpaEventOutbox implements EventOutbox {
    private static final String INSERT_EVENT = """
            WITH event AS (
              INSERT INTO integrator_events (id, account_id, type, occurred_at, only_to, body)
              VALUES (:id, :account, :type, :at, %s, :body)
              RETURNING id, position)
            INSERT INTO webhook_deliveries (id, endpoint_id, event_id, state, attempts, next_attempt_at, created_at, position)
            SELECT gen_random_uuid(), e.id, event.id, 'PENDING', 0, :at, :at, event.position
            FROM webhook_endpoints e, event
            WHERE e.account_id = :account AND e.enabled AND %s
            """;
    private static final String FOR_SUBSCRIBERS = INSERT_EVENT.formatted("NULL",
            ":type = ANY (string_to_array(e.event_types, ','))");
    private static final String FOR_ONE_ENDPOINT = INSERT_EVENT.formatted(":onlyTo", "e.id = :onlyTo");

    @Override
    public void publish(IntegratorEvent event) {
        Query insert = Panache.getEntityManager()
                .createNativeQuery(event.onlyTo() == null ? FOR_SUBSCRIBERS : FOR_ONE_ENDPOINT)
                .setParameter("id", event.id())
                .setParameter("account", event.accountId().value())
                .setParameter("type", event.type().wireName())
                .setParameter("at", SqlValues.at(event.occurredAt()))
                .setParameter("body", event.body());
        if (event.onlyTo() != null) {
            insert.setParameter("onlyTo", event.onlyTo().value());
        }
        insert.executeUpdate();
    }

    @Override
    public int sweep(Instant cutoff, int max) {
        return Panache.getEntityManager().createNativeQuery("""
                DELETE FROM integrator_events WHERE id IN (
                  SELECT id FROM integrator_events WHERE occurred_at < :cutoff ORDER BY occurred_at LIMIT :max)
                """).setParameter("cutoff", SqlValues.at(cutoff)).setParameter("max", max).executeUpdate();
    }
}
