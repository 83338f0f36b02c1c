package com.lockvue.application.view;

import com.lockvue.domain.uniquecode.AccessBlock;
import com.lockvue.domain.uniquecode.UniqueCode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Whether a code may open its locks now: OPEN until {@code openUntil} (its window's end or its expiry); else
 * CLOSED with every reason, and {@code opensAt} when it opens again by itself, or null if it never will without its
 * owner (suspended, used up, expired, or no window before its expiry).
 */
public record LockAccess(State state, Instant openUntil, Instant opensAt, List<AccessBlock> blocks) {
    public enum State {
        OPEN, OPENS_LATER, NEVER
    }

    public static LockAccess of(UniqueCode code, Instant now, ZoneId zone) {
        List<AccessBlock> blocks = code.blocksAt(now, zone);
        if (blocks.isEmpty()) {
            return new LockAccess(State.OPEN, code.requireOpenUntil(now, zone), null, blocks);
        }
        Instant opensAt = code.nextOpeningAfter(now, zone).orElse(null);
        return new LockAccess(opensAt == null ? State.NEVER : State.OPENS_LATER, null, opensAt, blocks);
    }
}
