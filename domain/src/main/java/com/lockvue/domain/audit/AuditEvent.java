package com.lockvue.domain.audit;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.account.UserId;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.PermissionId;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of the append-only audit trail. {@code accountId} is null only for attempts that could not be tied
 * to an account (a code login with an unknown code). {@code reason} is a failure code slug or a short note;
 * it never holds a secret.
 */
public record AuditEvent(UUID id, AccountId accountId, Instant occurredAt, Actor actor, AuditAction action,
        AuditOutcome outcome, LockId lockId, UniqueCodeId uniqueCodeId, PermissionId permissionId, String reason,
        String clientAddress) {

    public AuditEvent {
        Objects.requireNonNull(id);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(action);
        Objects.requireNonNull(outcome);
    }

    /** Something an account owner (a user) did on their account. */
    public static Builder byUser(UserId user, AccountId account, AuditAction action, Instant at) {
        return by(Actor.user(user), account, action, at);
    }

    /** Something a known actor (a user, or one of the account's API keys) did on the account. */
    public static Builder by(Actor actor, AccountId account, AuditAction action, Instant at) {
        return new Builder(action, actor, at).account(account);
    }

    /** Something done with a Unique Code (a code session), on its account. */
    public static Builder byCode(UniqueCodeId code, AccountId account, AuditAction action, Instant at) {
        return new Builder(action, Actor.uniqueCode(code), at).account(account).uniqueCode(code);
    }

    /** Something that happened by itself on an account, as time passed (a code reaching its expiry). */
    public static Builder bySystem(AuditAction action, Instant at) {
        return new Builder(action, Actor.system(), at);
    }

    /** An attempt by someone not (yet) known: a sign-up, a login with an unknown email or code. */
    public static Builder anonymous(AuditAction action, Instant at) {
        return new Builder(action, Actor.anonymous(), at);
    }

    /** Fills the optional parts of an event by name, so call sites stay readable. */
    public static final class Builder {
        private final AuditAction action;
        private Actor actor;
        private final Instant at;
        private AccountId accountId;
        private AuditOutcome outcome = AuditOutcome.SUCCESS;
        private LockId lockId;
        private UniqueCodeId uniqueCodeId;
        private PermissionId permissionId;
        private String reason;
        private String clientAddress;

        private Builder(AuditAction action, Actor actor, Instant at) {
            this.action = action;
            this.actor = actor;
            this.at = at;
        }

        /** The actor once known (a login attempt turns out to be a user's, or a code's). */
        public Builder actor(Actor who) {
            this.actor = who;
            return this;
        }

        public Builder account(AccountId id) {
            this.accountId = id;
            return this;
        }

        public Builder failed(String reason) {
            this.outcome = AuditOutcome.FAILURE;
            this.reason = reason;
            return this;
        }

        public Builder note(String note) {
            this.reason = note;
            return this;
        }

        public Builder lock(LockId id) {
            this.lockId = id;
            return this;
        }

        public Builder uniqueCode(UniqueCodeId id) {
            this.uniqueCodeId = id;
            return this;
        }

        public Builder permission(PermissionId id) {
            this.permissionId = id;
            return this;
        }

        public Builder from(String address) {
            this.clientAddress = address;
            return this;
        }

        public AuditEvent build() {
            return new AuditEvent(TimeOrderedIds.next(), accountId, at, actor, action, outcome, lockId, uniqueCodeId,
                    permissionId, reason, clientAddress);
        }
    }
}
