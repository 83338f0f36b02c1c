package com.lockvue.domain.permission;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.lock.LockId;
import java.time.Instant;
import java.util.Objects;

/** A lock shared to a recipient at a level. There is at most one per lock and recipient. */
public final class Permission {
    private final PermissionId id;
    private final AccountId accountId;
    private final LockId lockId;
    private final Recipient recipient;
    private PermissionLevel level;
    private final Instant grantedAt;
    private Instant updatedAt;

    public Permission(PermissionId id, AccountId accountId, LockId lockId, Recipient recipient, PermissionLevel level,
            Instant grantedAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id);
        this.accountId = Objects.requireNonNull(accountId);
        this.lockId = Objects.requireNonNull(lockId);
        this.recipient = Objects.requireNonNull(recipient);
        this.level = Objects.requireNonNull(level);
        this.grantedAt = Objects.requireNonNull(grantedAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    public static void requireAllowedFor(Recipient recipient, PermissionLevel level) {
        if (level == null) {
            throw InvalidInput.of("/level", "is required");
        }
        if (!recipient.maximumLevel().atLeast(level)) {
            throw InvalidInput.of(FailureCode.PERMISSION_LEVEL_TOO_HIGH, "/level",
                    "a Unique Code can be given at most " + recipient.maximumLevel());
        }
    }

    public static Permission grant(AccountId accountId, LockId lockId, Recipient recipient, PermissionLevel level,
            Instant now) {
        requireAllowedFor(recipient, level);
        return new Permission(PermissionId.random(), accountId, lockId, recipient, level, now, now);
    }

    /** Sharing the same lock to the same recipient again changes the level; returns whether it changed. */
    public boolean changeLevel(PermissionLevel newLevel, Instant now) {
        requireAllowedFor(recipient, newLevel);
        if (newLevel == level) {
            return false;
        }
        level = newLevel;
        updatedAt = now;
        return true;
    }

    public PermissionId id() {
        return id;
    }

    public AccountId accountId() {
        return accountId;
    }

    public LockId lockId() {
        return lockId;
    }

    public Recipient recipient() {
        return recipient;
    }

    public PermissionLevel level() {
        return level;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
