package com.lockvue.application.view;

import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;
import java.time.Instant;

/**
 * A code as its holder sees it: never the secret itself, which they typed. {@code expiresAt} is when it stops
 * working, which the minutes after a first unlock may bring forward.
 */
public record CodeSummary(UniqueCodeId id, String description, Instant startsAt, Instant expiresAt,
        UniqueCodeStatus status) {
    public static CodeSummary of(UniqueCode code, Instant now) {
        return new CodeSummary(code.id(), code.description(), code.startsAt(), code.effectiveExpiry(),
                code.statusAt(now));
    }
}
