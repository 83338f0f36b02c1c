package com.lockvue.domain.webhook;

/** PENDING until an attempt succeeds (SUCCEEDED) or the last one allowed fails (FAILED). */
public enum DeliveryState {
    PENDING, SUCCEEDED, FAILED
}
