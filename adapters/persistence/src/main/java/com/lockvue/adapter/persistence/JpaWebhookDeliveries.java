package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.WebhookDeliveries;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.webhook.DeliveryState;
import com.lockvue.domain.webhook.WebhookDeliveryId;
import com.lockvue.domain.webhook.WebhookEndpointId;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The delivery queue in PostgreSQL. Claims take one endpoint with {@code FOR UPDATE SKIP LOCKED}, so instances
 * claiming at once take different endpoints, and set a lease that other claims respect until it runs out. Only
 * deliveries of transactions older than every running one are due: they are then made in the feed's order.
 */
@ApplicationScoped
public class JpaWebhookDeliveries implements WebhookDeliveries {
    private static final String COMMITTED_IN_ORDER = "d.tx_id < pg_snapshot_xmin(pg_current_snapshot())";
    private static final String CLAIM = """
            UPDATE webhook_endpoints SET lease_until = :leaseUntil, lease_token = :token
            WHERE id = (
              SELECT e.id FROM webhook_endpoints e
              WHERE e.enabled AND (e.lease_until IS NULL OR e.lease_until <= :now)
                AND EXISTS (SELECT 1 FROM webhook_deliveries d
                            WHERE d.endpoint_id = e.id AND d.state = 'PENDING' AND d.next_attempt_at <= :now
                              AND %s)
              ORDER BY e.lease_until NULLS FIRST
              LIMIT 1
              FOR UPDATE SKIP LOCKED)
            RETURNING id
            """.formatted(COMMITTED_IN_ORDER);
    private static final String DUE = """
            SELECT d.id, d.event_id, ev.body, d.attempts, d.last_attempt
            FROM webhook_deliveries d JOIN integrator_events ev ON ev.id = d.event_id
            WHERE d.endpoint_id = :endpoint AND d.state = 'PENDING' AND d.next_attempt_at <= :now AND %s
            ORDER BY d.tx_id, d.position
            LIMIT :max
            """.formatted(COMMITTED_IN_ORDER);

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Claim> claimDue(Instant now, Instant leaseUntil) {
        UUID token = UUID.randomUUID();
        List<Object> claimed = em().createNativeQuery(CLAIM)
                .setParameter("leaseUntil", SqlValues.at(leaseUntil))
                .setParameter("token", token)
                .setParameter("now", SqlValues.at(now))
                .getResultList();
        return claimed.stream().findFirst().map(id -> new Claim(new WebhookEndpointId(SqlValues.uuid(id)), token));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<DueDelivery> due(WebhookEndpointId endpoint, Instant now, int max) {
        List<Object[]> rows = em().createNativeQuery(DUE)
                .setParameter("endpoint", endpoint.value())
                .setParameter("now", SqlValues.at(now))
                .setParameter("max", max)
                .getResultList();
        return rows.stream().map(r -> new DueDelivery(new WebhookDeliveryId(SqlValues.uuid(r[0])), SqlValues.uuid(r[1]),
                (String) r[2], SqlValues.integer(r[3]), SqlValues.integer(r[4]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void recordAttempt(WebhookDeliveryId delivery, Attempt attempt, DeliveryState state, Instant nextAttemptAt) {
        // A delivery made twice (a lease ran out mid-attempt) keeps the first record of each attempt number.
        em().createNativeQuery("""
                INSERT INTO webhook_attempts (delivery_id, attempt, attempted_at, succeeded, status_code, duration_ms, error)
                VALUES (:delivery, :attempt, :at, :succeeded, :status, :duration, :error)
                ON CONFLICT (delivery_id, attempt) DO NOTHING
                """).unwrap(NativeQuery.class)
                .setParameter("delivery", delivery.value())
                .setParameter("attempt", attempt.number())
                .setParameter("at", SqlValues.at(attempt.at()))
                .setParameter("succeeded", attempt.succeeded())
                .setParameter("status", attempt.statusCode(), Integer.class)
                .setParameter("duration", (int) Math.min(Integer.MAX_VALUE, attempt.durationMillis()))
                .setParameter("error", truncate(attempt.error()), String.class)
                .executeUpdate();
        em().createNativeQuery("""
                UPDATE webhook_deliveries SET state = :state, attempts = GREATEST(attempts, :attempt), next_attempt_at = :next
                WHERE id = :delivery
                """).unwrap(NativeQuery.class)
                .setParameter("state", state.name())
                .setParameter("attempt", attempt.number())
                .setParameter("next", SqlValues.at(nextAttemptAt), OffsetDateTime.class)
                .setParameter("delivery", delivery.value())
                .executeUpdate();
    }

    @Override
    public void release(Claim claim, Instant holdUntil) {
        em().createNativeQuery("""
                UPDATE webhook_endpoints SET lease_until = :holdUntil, lease_token = NULL
                WHERE id = :id AND lease_token = :token
                """).unwrap(NativeQuery.class)
                .setParameter("holdUntil", SqlValues.at(holdUntil), OffsetDateTime.class)
                .setParameter("id", claim.endpoint().value()).setParameter("token", claim.token()).executeUpdate();
    }

    @Override
    public void markFailing(WebhookEndpointId endpoint, Instant since) {
        em().createNativeQuery("UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, :since) WHERE id = :id")
                .setParameter("since", SqlValues.at(since)).setParameter("id", endpoint.value()).executeUpdate();
    }

    @Override
    public void clearFailing(WebhookEndpointId endpoint) {
        em().createNativeQuery("UPDATE webhook_endpoints SET failing_since = NULL WHERE id = :id AND failing_since IS NOT NULL")
                .setParameter("id", endpoint.value()).executeUpdate();
    }

    /** The owner asked: a hold after failures is lifted (a live lease is not). */
    @Override
    public boolean redeliver(AccountId owner, WebhookEndpointId endpoint, WebhookDeliveryId delivery, Instant now) {
        em().createNativeQuery("UPDATE webhook_endpoints SET lease_until = NULL WHERE id = :id AND account_id = :owner"
                + " AND lease_token IS NULL").setParameter("id", endpoint.value()).setParameter("owner", owner.value())
                .executeUpdate();
        return em().createNativeQuery("""
                UPDATE webhook_deliveries d SET next_attempt_at = :now,
                  last_attempt = CASE WHEN d.state = 'PENDING' THEN d.last_attempt ELSE d.attempts + 1 END,
                  state = 'PENDING'
                FROM webhook_endpoints e
                WHERE d.id = :delivery AND d.endpoint_id = :endpoint AND e.id = d.endpoint_id AND e.account_id = :owner
                """)
                .setParameter("now", SqlValues.at(now))
                .setParameter("delivery", delivery.value())
                .setParameter("endpoint", endpoint.value())
                .setParameter("owner", owner.value())
                .executeUpdate() == 1;
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 300 ? error : error.substring(0, 300);
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
