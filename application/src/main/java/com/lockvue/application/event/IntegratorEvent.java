package com.lockvue.application.event;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.webhook.EventType;
import com.lockvue.domain.webhook.WebhookEndpointId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event for integrators, as it is stored in the outbox, served by the feed and signed in every delivery:
 * {@code body} is the exact JSON, fixed when the event is made. {@code onlyTo} names the one endpoint a test event
 * is for (null: every subscribed endpoint of the account, and the feed).
 */
public record IntegratorEvent(UUID id, AccountId accountId, EventType type, Instant occurredAt, WebhookEndpointId onlyTo,
        String body) {
    public IntegratorEvent {
        Objects.requireNonNull(id);
        Objects.requireNonNull(accountId);
        Objects.requireNonNull(type);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(body);
    }
}
