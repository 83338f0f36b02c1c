package com.lockvue.domain.uniquecode;

/** ACTIVE until its expiry instant, then EXPIRED; DELETED once its owner removes it. */
public enum UniqueCodeStatus {
    ACTIVE, EXPIRED, DELETED
}
