package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.AuthenticateApiKeyUseCase;
import com.lockvue.application.port.out.ApiKeyRepository;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.domain.apikey.ApiKey;
import com.lockvue.domain.apikey.ApiKeySecret;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotAuthenticated;
import java.time.Clock;
import java.time.Instant;

/**
 * Finds the key by the hash of what was presented and checks it is still usable. One read a request; its last use
 * is written only when the stored one is a minute old ({@link ApiKey#noteUse}), so a key in constant use costs one
 * small write a minute. Unknown, revoked and expired keys are told apart from nothing: all three are 401.
 */
public class AuthenticateApiKeyService implements AuthenticateApiKeyUseCase {
    private final ApiKeyRepository keys;
    private final TransactionRunner tx;
    private final Clock clock;

    public AuthenticateApiKeyService(ApiKeyRepository keys, TransactionRunner tx, Clock clock) {
        this.keys = keys;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public AccountAdmin authenticate(ApiKeySecret presented, String clientAddress) {
        return tx.inTransaction(() -> {
            Instant now = clock.instant();
            ApiKey key = keys.findBySecretHash(presented.hash()).filter(k -> k.usableAt(now))
                    .orElseThrow(() -> new NotAuthenticated(FailureCode.NOT_AUTHENTICATED,
                            "The API key is not valid, or was revoked or has expired"));
            if (key.noteUse(now, clientAddress)) {
                keys.recordUse(key);
            }
            return AccountAdmin.withKey(key.accountId(), key.id(), key.scope(), clientAddress);
        });
    }
}
