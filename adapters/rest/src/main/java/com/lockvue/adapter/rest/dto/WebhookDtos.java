package com.lockvue.adapter.rest.dto;

import com.fasterxml.jackson.databind.JsonNode;
import com.lockvue.application.view.WebhookDeliveryView;
import com.lockvue.application.view.WebhookEndpointView;
import com.lockvue.domain.webhook.DeliveryState;
import com.lockvue.domain.webhook.EventType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class WebhookDtos {
    private WebhookDtos() {
    }

    public record CreateWebhookEndpointRequest(String url, String description, List<String> eventTypes) {
    }

    public record WebhookEndpointPatch(String url, String description, List<String> eventTypes, Boolean enabled) {
    }

    public record WebhookEndpointDto(UUID id, String url, String description, List<String> eventTypes, boolean enabled,
            Instant failingSince, Instant previousSecretExpiresAt, Instant createdAt) {
        public static WebhookEndpointDto of(WebhookEndpointView view) {
            return new WebhookEndpointDto(view.id().value(), view.url().toString(), view.description(),
                    view.eventTypes().stream().sorted().map(EventType::wireName).toList(), view.enabled(),
                    view.failingSince(), view.previousSecretExpiresAt(), view.createdAt());
        }
    }

    /** The only answer that holds the secret: after creation, and after a rotation. */
    public record WebhookEndpointWithSecret(WebhookEndpointDto endpoint, String secret) {
    }

    public record WebhookEndpointList(List<WebhookEndpointDto> items) {
    }

    public record AttemptDto(int attempt, Instant attemptedAt, boolean succeeded, Integer statusCode, long durationMs,
            String error) {
    }

    public record WebhookDeliveryDto(UUID id, UUID eventId, String eventType, DeliveryState state, int attempts,
            Instant nextAttemptAt, Instant createdAt, List<AttemptDto> attemptLog) {
        public static WebhookDeliveryDto of(WebhookDeliveryView view) {
            return new WebhookDeliveryDto(view.id().value(), view.eventId(), view.eventType().wireName(), view.state(),
                    view.attemptsMade(), view.nextAttemptAt(), view.createdAt(), view.attempts().stream()
                            .map(a -> new AttemptDto(a.number(), a.at(), a.succeeded(), a.statusCode(), a.durationMillis(),
                                    a.error()))
                            .toList());
        }
    }

    public record WebhookDeliveryPage(List<WebhookDeliveryDto> items, String nextCursor) {
    }

    /** Events exactly as stored (and signed in deliveries), parsed only to be embedded. */
    public record EventPage(List<JsonNode> items, String nextCursor, boolean hasMore) {
    }
}
