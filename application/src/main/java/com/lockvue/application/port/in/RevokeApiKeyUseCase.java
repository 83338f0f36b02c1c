package com.lockvue.application.port.in;

import com.lockvue.domain.apikey.ApiKeyId;

/** Ends a key at once: its very next request is refused, on every instance. */
public interface RevokeApiKeyUseCase {
    void revoke(AccountAdmin owner, ApiKeyId id);
}
