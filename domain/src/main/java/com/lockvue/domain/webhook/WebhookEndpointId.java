package com.lockvue.domain.webhook;

import java.util.Objects;
import java.util.UUID;

public record WebhookEndpointId(UUID value) {
    public WebhookEndpointId {
        Objects.requireNonNull(value);
    }

    public static WebhookEndpointId random() {
        return new WebhookEndpointId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
