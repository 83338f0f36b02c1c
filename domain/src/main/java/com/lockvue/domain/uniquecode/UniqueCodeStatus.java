package com.lockvue.domain.uniquecode;

/**
 * Where a code stands at an instant, derived from the clock (no job changes it). EXPIRED once its expiry (or the
 * minutes after its first unlock) have passed; else SUSPENDED while its owner holds it; else EXHAUSTED when it has
 * used up its unlocks; else SCHEDULED before its start; else ACTIVE. DELETED once its owner removes it.
 */
public enum UniqueCodeStatus {
    SCHEDULED, ACTIVE, SUSPENDED, EXHAUSTED, EXPIRED, DELETED
}
