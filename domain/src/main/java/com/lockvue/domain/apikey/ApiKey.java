package com.lockvue.domain.apikey;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.account.UserId;
import com.lockvue.domain.failure.Check;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A key an account owner made for server-to-server use: named, of one scope, optionally expiring, revocable at once.
 * Its secret is not part of it (see {@link ApiKeySecret}). Each use is noted to the minute: {@link #noteUse} says
 * whether the stored last use is old enough to write again, so a busy key costs one write a minute, not one a
 * request.
 */
public final class ApiKey {
    public static final int NAME_MAX = 100;
    /** How precisely the last use is kept. */
    public static final Duration USE_GRANULARITY = Duration.ofMinutes(1);

    private final ApiKeyId id;
    private final AccountId accountId;
    private final String name;
    private final ApiKeyScope scope;
    private final String prefix;
    private final UserId createdBy;
    private final Instant createdAt;
    private final Instant expiresAt;
    private Instant revokedAt;
    private Instant lastUsedAt;
    private String lastUsedAddress;

    public ApiKey(ApiKeyId id, AccountId accountId, String name, ApiKeyScope scope, String prefix, UserId createdBy,
            Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt, String lastUsedAddress) {
        this.id = Objects.requireNonNull(id);
        this.accountId = Objects.requireNonNull(accountId);
        this.name = Objects.requireNonNull(name);
        this.scope = Objects.requireNonNull(scope);
        this.prefix = Objects.requireNonNull(prefix);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = expiresAt;
        this.revokedAt = revokedAt;
        this.lastUsedAt = lastUsedAt;
        this.lastUsedAddress = lastUsedAddress;
    }

    /** A new key for {@code secret}; the expiry, if any, must lie after now. */
    public static ApiKey create(AccountId accountId, String name, ApiKeyScope scope, Instant expiresAt,
            ApiKeySecret secret, UserId createdBy, Instant now) {
        Check check = new Check();
        String validName = check.attempt(() -> Check.requireText(name, "/name", 1, NAME_MAX));
        check.require(scope != null, "/scope", "is required");
        check.orThrow();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw InvalidInput.of(FailureCode.EXPIRY_OUT_OF_RANGE, "/expiresAt", "must be in the future");
        }
        return new ApiKey(ApiKeyId.random(), accountId, validName, scope, secret.shownPrefix(), createdBy, now,
                expiresAt, null, null, null);
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** Notes a use; true if it is to be stored (the last stored one is a minute old or more, or there is none). */
    public boolean noteUse(Instant now, String clientAddress) {
        if (lastUsedAt != null && now.isBefore(lastUsedAt.plus(USE_GRANULARITY))) {
            return false;
        }
        lastUsedAt = now;
        lastUsedAddress = clientAddress;
        return true;
    }

    public ApiKeyId id() {
        return id;
    }

    public AccountId accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public ApiKeyScope scope() {
        return scope;
    }

    public String prefix() {
        return prefix;
    }

    public UserId createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    public Optional<String> lastUsedAddress() {
        return Optional.ofNullable(lastUsedAddress);
    }
}
