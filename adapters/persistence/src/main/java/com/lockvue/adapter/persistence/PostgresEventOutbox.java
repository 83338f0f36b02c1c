package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.EventOutbox;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The outbox's upkeep; its events and their deliveries are written with their audit rows ({@link PostgresAuditLog}). */
@ApplicationScoped
public class PostgresEventOutbox implements EventOutbox {
    @Override
    public int sweep(Instant cutoff, int max) {
        return Panache.getEntityManager().createNativeQuery("""
                DELETE FROM integrator_events WHERE id IN (
                  SELECT id FROM integrator_events WHERE occurred_at < :cutoff ORDER BY occurred_at LIMIT :max)
                """).setParameter("cutoff", SqlValues.at(cutoff)).setParameter("max", max).executeUpdate();
    }
}
