package com.lockvue.domain.webhook;

import java.util.Objects;
import java.util.UUID;

public record WebhookDeliveryId(UUID value) {
    public WebhookDeliveryId {
        Objects.requireNonNull(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
