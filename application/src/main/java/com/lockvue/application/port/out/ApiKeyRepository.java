package com.lockvue.application.port.out;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.apikey.ApiKey;
import com.lockvue.domain.apikey.ApiKeyId;
import java.util.Optional;

/** API keys, stored with the hash of their secret (never the secret); listed through {@code ApiKeyQueries}. */
public interface ApiKeyRepository {
    void add(ApiKey key, byte[] secretHash);

    /** The key whose secret hashes to {@code secretHash}, revoked or not. */
    Optional<ApiKey> findBySecretHash(byte[] secretHash);

    /** One of the account's keys that is not revoked. */
    Optional<ApiKey> findActive(AccountId owner, ApiKeyId id);

    void revoke(ApiKey key);

    /** Stores the key's last use (time and address). */
    void recordUse(ApiKey key);
}
