package com.lockvue.application.port.out;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.webhook.DeliveryState;
import com.lockvue.domain.webhook.WebhookDeliveryId;
import com.lockvue.domain.webhook.WebhookEndpointId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The delivery queue, shared by every server instance. A worker claims one endpoint at a time for a lease, so
 * that one endpoint's deliveries are made by one worker, one after another, in the order of their events; a worker
 * that dies loses its claim when the lease runs out.
 */
public interface WebhookDeliveries {

    /** Claims an enabled endpoint with deliveries due at {@code now} that no live lease holds, until {@code leaseUntil}. */
    Optional<Claim> claimDue(Instant now, Instant leaseUntil);

    /** The endpoint's deliveries due at {@code now}, in the order of their events, of committed transactions only. */
    List<DueDelivery> due(WebhookEndpointId endpoint, Instant now, int max);

    void recordAttempt(WebhookDeliveryId delivery, Attempt attempt, DeliveryState state, Instant nextAttemptAt);

    /**
     * Ends the claim, if it is still this one; with {@code holdUntil}, no worker claims the endpoint again before
     * then (its receiver just failed: it is not sent the rest of its queue at once).
     */
    void release(Claim claim, Instant holdUntil);

    /** A delivery failed for good: the endpoint is failing since {@code since}, unless it already was. */
    void markFailing(WebhookEndpointId endpoint, Instant since);

    void clearFailing(WebhookEndpointId endpoint);

    /**
     * Schedules one more attempt of the owner's delivery at {@code now} (a pending one keeps its schedule after it);
     * false if the endpoint has no such delivery.
     */
    boolean redeliver(AccountId owner, WebhookEndpointId endpoint, WebhookDeliveryId delivery, Instant now);

    record Claim(WebhookEndpointId endpoint, UUID token) {
    }

    /**
     * One delivery to make: its event's id and exact body, the attempts made so far and, after a manual redelivery,
     * the number of the attempt after which it gives up (null: the schedule decides).
     */
    record DueDelivery(WebhookDeliveryId id, UUID eventId, String body, int attemptsMade, Integer lastAttempt) {
    }

    /** What came of one attempt: a response status (null if none came) or what went wrong, and how long it took. */
    record Attempt(int number, Instant at, boolean succeeded, Integer statusCode, long durationMillis, String error) {
    }
}
