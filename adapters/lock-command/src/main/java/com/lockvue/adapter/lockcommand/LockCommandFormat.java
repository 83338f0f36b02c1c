package com.lockvue.adapter.lockcommand;

import com.lockvue.domain.permission.LockAction;
import com.lockvue.domain.permission.PermissionLevel;

/**
 * The numbers that make up the wire format (docs/lock-protocol.md). The lock-side reference verifier keeps its own
 * copy on purpose, so a test cross-checks the two instead of one silently following the other.
 */
final class LockCommandFormat {

    /** One BLE ATT write at the iOS default MTU of 185 carries 182 bytes of value (185 - 3 bytes ATT header). */
    static final int MAX_MESSAGE_BYTES = 182;
    /** Locks refuse longer windows, so signing one would only produce a command that cannot work. */
    static final long MAX_VALIDITY_SECONDS = 60;
    /** Lock clocks are unsigned 32-bit seconds since the epoch; this also keeps each time claim at 5 bytes. */
    static final long MAX_EPOCH_SECOND = 0xFFFF_FFFFL;

    static final int COSE_SIGN1_TAG = 18;
    static final int HEADER_ALG = 1;
    static final int HEADER_KID = 4;
    static final int ALG_ES256 = -7;
    static final int KID_LENGTH = 8;
    static final int SIGNATURE_LENGTH = 64;
    static final String SIG_STRUCTURE_CONTEXT = "Signature1";

    // RFC 8392 registered claim keys.
    static final int CLAIM_AUD = 3;
    static final int CLAIM_EXP = 4;
    static final int CLAIM_NBF = 5;
    static final int CLAIM_IAT = 6;
    static final int CLAIM_CTI = 7;
    // RFC 8392 §9.1 reserves keys below -65536 for private use; each costs 5 bytes, which the size budget allows.
    static final long CLAIM_ACTION = -65537;
    static final long CLAIM_LEVEL = -65538;
    static final long CLAIM_NONCE = -65539;

    private LockCommandFormat() {
    }

    /** Explicit codes rather than ordinals, so reordering the domain enum can never change what locks receive. */
    static int actionCode(LockAction action) {
        return switch (action) {
            case UNLOCK -> 1;
            case BATTERY_STATUS -> 2;
            case TIME_SYNC -> 3;
        };
    }

    /** Higher code, more privilege: a lock compares numbers instead of carrying a table. */
    static int levelCode(PermissionLevel level) {
        return switch (level) {
            case RESTRICTED -> 1;
            case MAINTENANCE -> 2;
            case ADMIN -> 3;
        };
    }
}
