package com.lockvue.application.service;

import com.lockvue.application.port.in.DeliverWebhooksUseCase;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.WebhookDeliveries;
import com.lockvue.application.port.out.WebhookDeliveries.Attempt;
import com.lockvue.application.port.out.WebhookDeliveries.Claim;
import com.lockvue.application.port.out.WebhookDeliveries.DueDelivery;
import com.lockvue.application.port.out.WebhookEndpointRepository;
import com.lockvue.application.port.out.WebhookSender;
import com.lockvue.domain.webhook.DeliveryState;
import com.lockvue.domain.webhook.RetrySchedule;
import com.lockvue.domain.webhook.WebhookEndpoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Delivers what is due, one endpoint per step: it claims the endpoint for a lease (no other worker, on any
 * instance, takes it meanwhile), sends its due deliveries one by one in the order of their events, and records each
 * attempt as it is made, in a transaction of its own; no transaction stays open while a receiver is waited for.
 *
 * <p>A failed attempt is retried on the schedule; the round for that endpoint stops there and the endpoint is held
 * until that retry (at most {@link #HOLD_AFTER_FAILURE}), so a receiver that is down gets a request now and then, not
 * its whole queue at once; when it is back, its queue goes out in the order of the events. A delivery whose last attempt fails marks the endpoint
 * failing (its owner sees it) until one succeeds; 410 Gone disables the endpoint. A worker that dies mid-delivery
 * leaves it pending: it is made again once the lease has run out (at least once, not exactly once).
 */
public class DeliverWebhooksService implements DeliverWebhooksUseCase {
    private static final int BATCH = 50;
    static final Duration HOLD_AFTER_FAILURE = Duration.ofMinutes(1);

    private final WebhookDeliveries deliveries;
    private final WebhookEndpointRepository endpoints;
    private final WebhookSender sender;
    private final RetrySchedule schedule;
    private final Duration attemptBudget;
    private final Duration lease;
    private final TransactionRunner tx;
    private final Clock clock;

    /** {@code attemptBudget}: the longest one attempt can take (the sender's connect and response timeouts). */
    public DeliverWebhooksService(WebhookDeliveries deliveries, WebhookEndpointRepository endpoints,
            WebhookSender sender, RetrySchedule schedule, Duration attemptBudget, TransactionRunner tx, Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.sender = sender;
        this.schedule = schedule;
        this.attemptBudget = attemptBudget;
        this.lease = attemptBudget.multipliedBy(4).plusSeconds(30);
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public boolean deliverNext() {
        Instant now = clock.instant();
        Instant leaseUntil = now.plus(lease);
        Optional<Claim> claimed = tx.inTransaction(() -> deliveries.claimDue(now, leaseUntil));
        if (claimed.isEmpty()) {
            return false;
        }
        Claim claim = claimed.get();
        Instant[] holdUntil = {null};
        try {
            Optional<WebhookEndpoint> endpoint = tx.inTransaction(() -> endpoints.findById(claim.endpoint()));
            if (endpoint.isPresent()) {
                List<DueDelivery> due = tx.inTransaction(() -> deliveries.due(claim.endpoint(), now, BATCH));
                for (DueDelivery delivery : due) {
                    if (clock.instant().plus(attemptBudget).isAfter(leaseUntil)) {
                        break;
                    }
                    holdUntil[0] = attempt(endpoint.get(), delivery);
                    if (holdUntil[0] != null) {
                        break;
                    }
                }
            }
        } finally {
            tx.inTransaction(() -> deliveries.release(claim, holdUntil[0]));
        }
        return true;
    }

    /** Makes one attempt and records it; null if it succeeded, else until when to leave the endpoint alone. */
    private Instant attempt(WebhookEndpoint endpoint, DueDelivery delivery) {
        Instant at = clock.instant();
        WebhookSender.Result result = sender.send(new WebhookSender.Request(endpoint.url(), delivery.eventId().toString(),
                at, delivery.body(), endpoint.signingSecretsAt(at)));
        int number = delivery.attemptsMade() + 1;
        Optional<Instant> next = delivery.lastAttempt() != null && number >= delivery.lastAttempt() ? Optional.empty()
                : schedule.nextAttemptAt(number, at);
        DeliveryState state = result.succeeded() ? DeliveryState.SUCCEEDED
                : result.gone() || next.isEmpty() ? DeliveryState.FAILED : DeliveryState.PENDING;
        Attempt attempt = new Attempt(number, at, result.succeeded(), result.statusCode(), result.durationMillis(),
                result.error());
        tx.inTransaction(() -> {
            deliveries.recordAttempt(delivery.id(), attempt, state, state == DeliveryState.PENDING ? next.get() : null);
            if (state == DeliveryState.SUCCEEDED) {
                deliveries.clearFailing(endpoint.id());
            } else if (state == DeliveryState.FAILED) {
                deliveries.markFailing(endpoint.id(), at);
            }
            if (result.gone()) {
                endpoints.findById(endpoint.id()).ifPresent(current -> {
                    current.disableAtReceiversRequest();
                    endpoints.update(current);
                });
            }
        });
        if (result.succeeded()) {
            return null;
        }
        Instant latest = at.plus(HOLD_AFTER_FAILURE);
        return next.filter(retry -> retry.isBefore(latest)).orElse(latest);
    }
}
