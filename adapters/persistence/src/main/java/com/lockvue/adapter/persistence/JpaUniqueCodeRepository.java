package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.uniquecode.CodeTerms;
import com.lockvue.domain.uniquecode.CodeValue;
import com.lockvue.domain.uniquecode.DeviceName;
import com.lockvue.domain.uniquecode.Usage;
import com.lockvue.domain.uniquecode.UseLimits;
import com.lockvue.domain.uniquecode.WeeklyWindowsText;
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
        e.createdAt = code.createdAt();
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
        CodeTerms terms = code.terms();
        e.description = terms.description();
        e.startsAt = terms.startsAt();
        e.expiresAt = terms.expiresAt();
        e.weeklyWindows = WeeklyWindowsText.format(terms.schedule());
        e.maxUnlocks = terms.limits().maxUnlocks();
        e.minutesAfterFirstUnlock = terms.limits().minutesAfterFirstUnlock();
        e.unlocksUsed = code.usage().unlocksUsed();
        e.firstUnlockAt = code.usage().firstUnlockAt();
        e.suspendedAt = code.suspendedAt().orElse(null);
        e.effectiveExpiresAt = code.effectiveExpiry();
        e.deletedAt = code.deletedAt().orElse(null);
        e.boundDeviceId = code.boundDevice().map(DeviceId::value).orElse(null);
        e.boundDeviceName = code.deviceName().map(DeviceName::value).orElse(null);
        e.deviceBoundAt = code.deviceBoundAt().orElse(null);
    }

    /** The code without its value: nothing on the login, session or unlock paths decrypts it. */
    static UniqueCode toDomain(UniqueCodeEntity e) {
        UniqueCodeId id = new UniqueCodeId(e.id);
        CodeTerms terms = new CodeTerms(e.description, e.startsAt, e.expiresAt,
                WeeklyWindowsText.parse(e.weeklyWindows), new UseLimits(e.maxUnlocks, e.minutesAfterFirstUnlock));
        return new UniqueCode(id, new AccountId(e.accountId), terms, e.createdAt,
                new Usage(e.unlocksUsed, e.firstUnlockAt), e.suspendedAt, e.deletedAt,
                e.boundDeviceId == null ? null : new DeviceId(e.boundDeviceId),
                e.boundDeviceName == null ? null : new DeviceName(e.boundDeviceName), e.deviceBoundAt, e.version);
    }
}
