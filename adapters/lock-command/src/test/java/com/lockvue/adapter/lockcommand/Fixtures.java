package com.lockvue.adapter.lockcommand;

import com.lockvue.application.port.out.LockCommandClaims;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.LockAction;
import com.lockvue.domain.permission.PermissionLevel;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/** The claims of the published test vectors (docs/lock-protocol.md, "Test vectors"). */
final class Fixtures {

    static final UUID LOCK = UUID.fromString("6f1e4c2a-8b3d-4e5f-9a7b-1c2d3e4f5a6b");
    static final UUID COMMAND = UUID.fromString("0b7e3c4d-5f6a-4b8c-9d0e-1f2a3b4c5d6e");
    static final Instant NOT_BEFORE = Instant.parse("2026-01-01T00:00:00Z");
    static final byte[] NONCE = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
    static final UUID TIME_SYNC_COMMAND = UUID.fromString("1c8f4d5e-6a7b-4c9d-8e0f-2a3b4c5d6e7f");
    static final byte[] TIME_SYNC_NONCE = HexFormat.of().parseHex("101112131415161718191a1b1c1d1e1f");

    private Fixtures() {
    }

    static LockCommandClaims publishedClaims() {
        return new LockCommandClaims(new LockId(LOCK), COMMAND, NOT_BEFORE, NOT_BEFORE, NOT_BEFORE.plusSeconds(60),
                LockAction.UNLOCK, PermissionLevel.RESTRICTED, com.lockvue.domain.lock.Nonce.of(NONCE));
    }

    /** The same lock and times; what a maintenance code sends to set the lock's clock. */
    static LockCommandClaims timeSyncClaims() {
        return new LockCommandClaims(new LockId(LOCK), TIME_SYNC_COMMAND, NOT_BEFORE, NOT_BEFORE,
                NOT_BEFORE.plusSeconds(60), LockAction.TIME_SYNC, PermissionLevel.MAINTENANCE,
                com.lockvue.domain.lock.Nonce.of(TIME_SYNC_NONCE));
    }
}
