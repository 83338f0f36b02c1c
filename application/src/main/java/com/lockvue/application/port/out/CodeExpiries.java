package com.lockvue.application.port.out;

import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.time.Instant;
import java.util.Optional;

/** Codes whose expiry has passed and has not been announced yet; claimed one by one, skipping others' claims. */
public interface CodeExpiries {

    Optional<UniqueCode> claimExpiredUnannounced(Instant now);

    void markAnnounced(UniqueCodeId code, Instant at);
}
