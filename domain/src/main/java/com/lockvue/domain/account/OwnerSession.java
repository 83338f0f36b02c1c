package com.lockvue.domain.account;

import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotAuthenticated;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * An account owner's login, from the moment it succeeds until it expires, the owner logs out, or the password
 * changes. The access token only names it: every request checks it here, so ending it takes effect at once.
 */
public final class OwnerSession {
    private final OwnerSessionId id;
    private final UserId userId;
    private final Instant startedAt;
    private final Instant expiresAt;
    private Instant endedAt;

    public OwnerSession(OwnerSessionId id, UserId userId, Instant startedAt, Instant expiresAt, Instant endedAt) {
        this.id = Objects.requireNonNull(id);
        this.userId = Objects.requireNonNull(userId);
        this.startedAt = Objects.requireNonNull(startedAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        this.endedAt = endedAt;
    }

    /** A session of {@code lifetime}, ending on a whole second (token times are whole seconds). */
    public static OwnerSession start(UserId userId, Instant now, Duration lifetime) {
        return new OwnerSession(OwnerSessionId.random(), userId, now,
                now.plus(lifetime).truncatedTo(ChronoUnit.SECONDS), null);
    }

    /** Throws unless the session may still act at {@code now} for {@code user}. */
    public void requireActive(UserId user, Instant now) {
        if (!userId.equals(user) || endedAt != null || !now.isBefore(expiresAt)) {
            throw new NotAuthenticated(FailureCode.SESSION_ENDED, "This session has ended; log in again");
        }
    }

    /** Returns true if this call ended it. */
    public boolean end(Instant now) {
        if (endedAt != null) {
            return false;
        }
        endedAt = now;
        return true;
    }

    public OwnerSessionId id() {
        return id;
    }

    public UserId userId() {
        return userId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }
}
