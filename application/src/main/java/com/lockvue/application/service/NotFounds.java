package com.lockvue.application.service;

import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotFound;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.PermissionId;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import com.lockvue.domain.webhook.WebhookDeliveryId;
import com.lockvue.domain.webhook.WebhookEndpointId;

/**
 * The refusals for a thing that is not there or is another account's: the two read the same on purpose, so that
 * no account learns what another holds.
 */
final class NotFounds {
    private NotFounds() {
    }

    static NotFound uniqueCode(UniqueCodeId id) {
        return new NotFound(FailureCode.UNIQUE_CODE_NOT_FOUND, "No Unique Code " + id + " on this account");
    }

    static NotFound lock(LockId id) {
        return new NotFound(FailureCode.LOCK_NOT_FOUND, "No lock " + id + " on this account");
    }

    /** A lock the caller may not act on: not shared with this code, or not the owner's. */
    static NotFound lockNotShared(LockId id) {
        return new NotFound(FailureCode.LOCK_NOT_FOUND, "No lock " + id + " is shared with this caller");
    }

    static NotFound permission(PermissionId id) {
        return new NotFound(FailureCode.PERMISSION_NOT_FOUND, "No permission " + id + " on this account");
    }

    static NotFound webhookEndpoint(WebhookEndpointId id) {
        return new NotFound(FailureCode.WEBHOOK_ENDPOINT_NOT_FOUND, "No webhook endpoint " + id + " on this account");
    }

    static NotFound webhookDelivery(WebhookDeliveryId id) {
        return new NotFound(FailureCode.WEBHOOK_DELIVERY_NOT_FOUND, "No delivery " + id + " of this endpoint");
    }
}
