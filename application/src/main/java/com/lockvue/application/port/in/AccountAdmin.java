package com.lockvue.application.port.in;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.account.OwnerSessionId;
import com.lockvue.domain.account.UserId;
import com.lockvue.domain.apikey.ApiKeyId;
import com.lockvue.domain.apikey.ApiKeyScope;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.RuleViolation;
import java.time.Instant;
import java.util.Objects;

/**
 * Someone acting on an account, and the address the request came from: its owner in one of their sessions, or one
 * of its API keys. Use cases that only the owner may run (their password, their sessions, the keys themselves) ask
 * for {@link #owner()}.
 *
 * <p>Every change made on an account is audited, and its audit event is drafted here ({@link #audit}): that is the
 * one place where a read-only key is refused anything but reading.
 */
public record AccountAdmin(AccountId accountId, Principal principal, String clientAddress) {
    public AccountAdmin {
        Objects.requireNonNull(accountId);
        Objects.requireNonNull(principal);
    }

    /** The owner in a session. */
    public AccountAdmin(UserId userId, AccountId accountId, OwnerSessionId sessionId, String clientAddress) {
        this(accountId, new Owner(userId, sessionId), clientAddress);
    }

    /** Who acts: the owner's session or a key. */
    public sealed interface Principal permits Owner, Key {
        Actor actor();
    }

    public record Owner(UserId userId, OwnerSessionId sessionId) implements Principal {
        public Owner {
            Objects.requireNonNull(userId);
            Objects.requireNonNull(sessionId);
        }

        @Override
        public Actor actor() {
            return Actor.user(userId);
        }
    }

    public record Key(ApiKeyId keyId, ApiKeyScope scope) implements Principal {
        public Key {
            Objects.requireNonNull(keyId);
            Objects.requireNonNull(scope);
        }

        @Override
        public Actor actor() {
            return Actor.apiKey(keyId);
        }
    }

    public static AccountAdmin withKey(AccountId accountId, ApiKeyId keyId, ApiKeyScope scope, String clientAddress) {
        return new AccountAdmin(accountId, new Key(keyId, scope), clientAddress);
    }

    /** The owner's session, for what only the owner may do; a key is refused. */
    public Owner owner() {
        if (principal instanceof Owner owner) {
            return owner;
        }
        throw new RuleViolation(FailureCode.OWNER_SESSION_REQUIRED, "An API key cannot do this; log in as the owner");
    }

    public Actor actor() {
        return principal.actor();
    }

    /** Names this caller in per-caller counters: the user (whichever session), or the key. */
    public String callerKey() {
        return principal instanceof Owner owner ? "user:" + owner.userId() : "api-key:" + ((Key) principal).keyId();
    }

    /**
     * The audit event of a change this caller makes, from where they are. Refused for a read-only key: every change
     * goes through here, so no read-only key changes anything.
     */
    public AuditEvent.Builder audit(AuditAction action, Instant at) {
        if (principal instanceof Key key && !key.scope().mayChange()) {
            throw new RuleViolation(FailureCode.API_KEY_READ_ONLY, "This API key is read-only");
        }
        return AuditEvent.by(actor(), accountId, action, at).from(clientAddress);
    }
}
