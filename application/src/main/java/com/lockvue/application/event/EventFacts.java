package com.lockvue.application.event;

import com.lockvue.domain.account.AccountSettings;
import com.lockvue.domain.permission.LockAction;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.domain.uniquecode.DeviceId;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.webhook.WebhookEndpointId;
import java.util.UUID;

/**
 * What a use case knows about what happened beyond the ids its audit event names: the integrator event of the
 * same change is made from the two ({@link IntegratorEvents}). A use case fills in what it learns; which event
 * that makes, and its shape, is decided in one place.
 */
public final class EventFacts {
    UniqueCode code;
    PermissionLevel level;
    PermissionLevel previousLevel;
    DeviceId device;
    LockAction action;
    UUID commandId;
    AccountSettings settings;
    String cause;
    WebhookEndpointId testEndpoint;

    public static EventFacts none() {
        return new EventFacts();
    }

    public EventFacts code(UniqueCode value) {
        this.code = value;
        return this;
    }

    public EventFacts level(PermissionLevel value) {
        this.level = value;
        return this;
    }

    public EventFacts previousLevel(PermissionLevel value) {
        this.previousLevel = value;
        return this;
    }

    public EventFacts device(DeviceId value) {
        this.device = value;
        return this;
    }

    public EventFacts action(LockAction value) {
        this.action = value;
        return this;
    }

    public EventFacts commandId(UUID value) {
        this.commandId = value;
        return this;
    }

    public EventFacts settings(AccountSettings value) {
        this.settings = value;
        return this;
    }

    /** Why a permission went: {@code REVOKED} by the owner, or {@code UNIQUE_CODE_DELETED} with its code. */
    public EventFacts cause(String value) {
        this.cause = value;
        return this;
    }

    public EventFacts testEndpoint(WebhookEndpointId value) {
        this.testEndpoint = value;
        return this;
    }
}
