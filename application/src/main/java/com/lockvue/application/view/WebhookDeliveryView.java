package com.lockvue.application.view;

import com.lockvue.domain.webhook.DeliveryState;
import com.lockvue.domain.webhook.EventType;
import com.lockvue.domain.webhook.WebhookDeliveryId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One event's delivery to one endpoint, with its attempts (the delivery log), newest attempt first. */
public record WebhookDeliveryView(WebhookDeliveryId id, UUID eventId, EventType eventType, DeliveryState state,
        int attemptsMade, Instant nextAttemptAt, Instant createdAt, List<AttemptView> attempts) {

    public record AttemptView(int number, Instant at, boolean succeeded, Integer statusCode, long durationMillis,
            String error) {
    }
}
