package com.lockvue.application.view;

import com.lockvue.domain.webhook.EventType;
import com.lockvue.domain.webhook.WebhookEndpoint;
import com.lockvue.domain.webhook.WebhookEndpointId;
import com.lockvue.domain.webhook.WebhookUrl;
import java.time.Instant;
import java.util.Set;

/**
 * An endpoint as its owner sees it: never its secret. {@code failingSince} is set by deliveries (the last attempt
 * of one failed) and cleared by the next success; it is no part of the version.
 */
public record WebhookEndpointView(WebhookEndpointId id, WebhookUrl url, String description, Set<EventType> eventTypes,
        boolean enabled, Instant failingSince, Instant previousSecretExpiresAt, Instant createdAt, long version) {

    public static WebhookEndpointView of(WebhookEndpoint endpoint, Instant failingSince) {
        return new WebhookEndpointView(endpoint.id(), endpoint.url(), endpoint.description(), endpoint.eventTypes(),
                endpoint.enabled(), failingSince, endpoint.previousSecretExpiresAt().orElse(null), endpoint.createdAt(),
                endpoint.version());
    }

    /** As it reads once a change made at version {@code version} is saved. */
    public WebhookEndpointView savedAs(long newVersion) {
        return new WebhookEndpointView(id, url, description, eventTypes, enabled, failingSince, previousSecretExpiresAt,
                createdAt, newVersion);
    }
}
