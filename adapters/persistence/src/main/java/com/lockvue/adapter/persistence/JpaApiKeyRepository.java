package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.ApiKeyRepository;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.account.UserId;
import com.lockvue.domain.apikey.ApiKey;
import com.lockvue.domain.apikey.ApiKeyId;
import com.lockvue.domain.apikey.ApiKeyScope;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.util.Optional;

@ApplicationScoped
public class JpaApiKeyRepository implements ApiKeyRepository {

    @Override
    public void add(ApiKey key, byte[] secretHash) {
        ApiKeyEntity e = new ApiKeyEntity();
        e.id = key.id().value();
        e.accountId = key.accountId().value();
        e.name = key.name();
        e.scope = key.scope().name();
        e.prefix = key.prefix();
        e.secretHash = secretHash;
        e.createdBy = key.createdBy().value();
        e.createdAt = key.createdAt();
        e.expiresAt = key.expiresAt().orElse(null);
        e.persist();
    }

    @Override
    public Optional<ApiKey> findBySecretHash(byte[] secretHash) {
        return ApiKeyEntity.<ApiKeyEntity>find("secretHash", (Object) secretHash).firstResultOptional()
                // The index found the row by its hash; compare again in constant time before trusting it.
                .filter(e -> MessageDigest.isEqual(e.secretHash, secretHash))
                .map(JpaApiKeyRepository::toDomain);
    }

    @Override
    public Optional<ApiKey> findActive(AccountId owner, ApiKeyId id) {
        return ApiKeyEntity.<ApiKeyEntity>find("id = ?1 and accountId = ?2 and revokedAt is null", id.value(),
                owner.value()).firstResultOptional().map(JpaApiKeyRepository::toDomain);
    }

    @Override
    public void revoke(ApiKey key) {
        Panache.getEntityManager().createQuery("update ApiKeyEntity set revokedAt = :at where id = :id and revokedAt is null")
                .setParameter("at", key.revokedAt().orElseThrow()).setParameter("id", key.id().value()).executeUpdate();
    }

    @Override
    public void recordUse(ApiKey key) {
        // Only forwards: two instances noting uses of one key at once keep the later.
        Panache.getEntityManager().createQuery("update ApiKeyEntity set lastUsedAt = :at, lastUsedAddress = :address"
                        + " where id = :id and (lastUsedAt is null or lastUsedAt < :at)")
                .setParameter("at", key.lastUsedAt().orElseThrow())
                .setParameter("address", truncate(key.lastUsedAddress().orElse(null)))
                .setParameter("id", key.id().value()).executeUpdate();
    }

    static ApiKey toDomain(ApiKeyEntity e) {
        return new ApiKey(new ApiKeyId(e.id), new AccountId(e.accountId), e.name, ApiKeyScope.valueOf(e.scope), e.prefix,
                new UserId(e.createdBy), e.createdAt, e.expiresAt, e.revokedAt, e.lastUsedAt, e.lastUsedAddress);
    }

    private static String truncate(String address) {
        return address == null || address.length() <= 64 ? address : address.substring(0, 64);
    }
}
