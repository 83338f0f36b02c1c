package com.lockvue.application.view;

import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.time.Instant;

/** A code as its holder sees it: never the secret itself, which they typed. */
public record CodeSummary(UniqueCodeId id, String description, Instant expiresAt) {
    public static CodeSummary of(UniqueCode code) {
        return new CodeSummary(code.id(), code.description(), code.expiresAt());
    }
}
