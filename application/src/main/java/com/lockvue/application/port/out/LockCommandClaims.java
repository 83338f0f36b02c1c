package com.lockvue.application.port.out;

import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.lock.Nonce;
import com.lockvue.domain.permission.LockAction;
import com.lockvue.domain.permission.PermissionLevel;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What one command says: which lock may act ({@code audience}), what it may do, under which permission, in which
 * time window, and the nonce the lock issued for this exchange.
 */
public record LockCommandClaims(LockId audience, UUID commandId, Instant issuedAt, Instant notBefore,
        Instant expiresAt, LockAction action, PermissionLevel level, Nonce nonce) {

    public LockCommandClaims {
        Objects.requireNonNull(audience);
        Objects.requireNonNull(commandId);
        Objects.requireNonNull(issuedAt);
        Objects.requireNonNull(notBefore);
        Objects.requireNonNull(expiresAt);
        Objects.requireNonNull(action);
        Objects.requireNonNull(level);
        Objects.requireNonNull(nonce);
        if (expiresAt.isBefore(notBefore)) {
            throw new IllegalArgumentException("expiresAt before notBefore");
        }
    }
}
