package com.lockvue.application.port.out;

import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.LockAction;
import com.lockvue.domain.permission.PermissionLevel;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * What one command says: which lock may act ({@code audience}), what it may do, under which permission, in which
 * time window, and the nonce the lock issued for this exchange.
 */
public record LockCommandClaims(LockId audience, UUID commandId, Instant issuedAt, Instant notBefore,
        Instant expiresAt, LockAction action, PermissionLevel level, byte[] nonce) {

    public static final int NONCE_LENGTH = 16;

    public LockCommandClaims {
        Objects.requireNonNull(audience);
        Objects.requireNonNull(commandId);
        Objects.requireNonNull(issuedAt);
        Objects.requireNonNull(notBefore);
        Objects.requireNonNull(expiresAt);
        Objects.requireNonNull(action);
        Objects.requireNonNull(level);
        Objects.requireNonNull(nonce);
        if (nonce.length != NONCE_LENGTH) {
            throw new IllegalArgumentException("nonce must be " + NONCE_LENGTH + " bytes");
        }
        if (expiresAt.isBefore(notBefore)) {
            throw new IllegalArgumentException("expiresAt before notBefore");
        }
        nonce = nonce.clone();
    }

    @Override
    public byte[] nonce() {
        return nonce.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LockCommandClaims c && audience.equals(c.audience) && commandId.equals(c.commandId)
                && issuedAt.equals(c.issuedAt) && notBefore.equals(c.notBefore) && expiresAt.equals(c.expiresAt)
                && action == c.action && level == c.level && Arrays.equals(nonce, c.nonce);
    }

    @Override
    public int hashCode() {
        return Objects.hash(audience, commandId, issuedAt, action, Arrays.hashCode(nonce));
    }
}
