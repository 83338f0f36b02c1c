package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.uniquecode.CodeValue;
import com.lockvue.domain.uniquecode.DeviceId;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.security.MessageDigest;
import java.util.Optional;

@ApplicationScoped
public class JpaUniqueCodeRepository implements UniqueCodeRepository {

    private final CodeSecrets secrets;

    @Inject
    public JpaUniqueCodeRepository(CodeSecrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public Optional<UniqueCode> findById(AccountId owner, UniqueCodeId id) {
        return UniqueCodeEntity.<UniqueCodeEntity>find("id = ?1 and accountId = ?2 and deletedAt is null", id.value(),
                owner.value()).firstResultOptional().map(JpaUniqueCodeRepository::toDomain);
    }

    @Override
    public Optional<UniqueCode> findByIdForUpdate(AccountId owner, UniqueCodeId id) {
        return UniqueCodeEntity.<UniqueCodeEntity>find("id = ?1 and accountId = ?2 and deletedAt is null", id.value(),
                owner.value()).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional().map(JpaUniqueCodeRepository::toDomain);
    }

    @Override
    public Optional<UniqueCode> findByValueForUpdate(CodeValue value) {
        byte[] hash = secrets.lookupHash(value);
        return UniqueCodeEntity.<UniqueCodeEntity>find("codeHmac = ?1 and deletedAt is null", (Object) hash)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                // The index found the row by its hash; compare again in constant time before trusting it.
                .filter(e -> MessageDigest.isEqual(e.codeHmac, hash))
                .map(JpaUniqueCodeRepository::toDomain);
    }

    @Override
    public void add(UniqueCode code, CodeValue value) {
        UniqueCodeEntity e = new UniqueCodeEntity();
        e.id = code.id().value();
        e.accountId = code.accountId().value();
        e.codeHmac = secrets.lookupHash(value);
        e.codeCiphertext = secrets.encrypt(value, code.id());
        e.description = code.description();
        e.createdAt = code.createdAt();
        e.expiresAt = code.expiresAt();
        copyState(code, e);
        e.persist();
    }

    @Override
    public void update(UniqueCode code) {
        UniqueCodeEntity e = UniqueCodeEntity.findById(code.id().value());
        copyState(code, e);
        e.version = code.version() + 1;
    }

    private static void copyState(UniqueCode code, UniqueCodeEntity e) {
        e.deletedAt = code.deletedAt().orElse(null);
        e.boundDeviceId = code.boundDevice().map(DeviceId::value).orElse(null);
        e.deviceBoundAt = code.deviceBoundAt().orElse(null);
    }

    /** The code without its value: nothing on the login, session or unlock paths decrypts it. */
    static UniqueCode toDomain(UniqueCodeEntity e) {
        UniqueCodeId id = new UniqueCodeId(e.id);
        return new UniqueCode(id, new AccountId(e.accountId), e.description,
                e.createdAt, e.expiresAt, e.deletedAt, e.boundDeviceId == null ? null : new DeviceId(e.boundDeviceId),
                e.deviceBoundAt, e.version);
    }
}
