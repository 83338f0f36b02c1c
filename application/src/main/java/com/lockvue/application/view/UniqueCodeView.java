package com.lockvue.application.view;

import com.lockvue.domain.uniquecode.CodeValue;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A code as its owner sees it: with its value (to copy again), its status and whether it may open its locks at the
 * time of the request (with every reason it may not), and how many locks are shared to it.
 */
public record UniqueCodeView(UniqueCode code, CodeValue value, UniqueCodeStatus status, LockAccess access,
        Instant statusChangesAt, long sharedLockCount) {

    public static UniqueCodeView of(UniqueCode code, CodeValue value, Instant now, ZoneId zone, long sharedLockCount) {
        return new UniqueCodeView(code, value, code.statusAt(now), LockAccess.of(code, now, zone),
                code.statusChangesAt(now).orElse(null), sharedLockCount);
    }
}
