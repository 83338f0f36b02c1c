package com.lockvue.application.port.in;

import com.lockvue.domain.apikey.ApiKey;
import com.lockvue.domain.apikey.ApiKeyScope;
import com.lockvue.domain.apikey.ApiKeySecret;
import java.time.Instant;

/** The owner makes a key for server-to-server use; its secret is in the answer, and nowhere else, ever. */
public interface CreateApiKeyUseCase {

    CreatedApiKey create(AccountAdmin owner, CreateApiKeyCommand command);

    /** A null {@code expiresAt}: the key works until it is revoked. */
    record CreateApiKeyCommand(String name, ApiKeyScope scope, Instant expiresAt) {
    }

    record CreatedApiKey(ApiKey key, ApiKeySecret secret) {
    }
}
