package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.domain.account.AccountId;
import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.domain.uniquecode.CodeValue;
import com.lockvue.domain.uniquecode.DeviceId;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
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
                owner.value()).firstResultOptional().map(this::toDomain);
    }

    @Override
    public Optional<UniqueCode> findByIdForUpdate(AccountId owner, UniqueCodeId id) {
        return UniqueCodeEntity.<UniqueCodeEntity>find("id = ?1 and accountId = ?2 and deletedAt is null", id.value(),
                owner.value()).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional().map(this::toDomain);
    }

    @Override
    public Optional<UniqueCode> findByValueForUpdate(CodeValue value) {
        byte[] hash = secrets.lookupHash(value);
        return UniqueCodeEntity.<UniqueCodeEntity>find("codeHmac = ?1 and deletedAt is null", (Object) hash)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                // The index found the row by its hash; compare again in constant time before trusting it.
                .filter(e -> MessageDigest.isEqual(e.codeHmac, hash))
                .map(this::toDomain);
    }

    @Override
    public void add(UniqueCode code) {
        UniqueCodeEntity e = new UniqueCodeEntity();
        e.id = code.id().value();
        e.accountId = code.accountId().value();
        e.codeHmac = secrets.lookupHash(code.code());
        e.codeCiphertext = secrets.encrypt(code.code(), code.id());
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
    }

    private static void copyState(UniqueCode code, UniqueCodeEntity e) {
        e.deletedAt = code.deletedAt().orElse(null);
        e.boundDeviceId = code.boundDevice().map(DeviceId::value).orElse(null);
        e.deviceBoundAt = code.deviceBoundAt().orElse(null);
    }

    @Override
    public Page<UniqueCode> list(AccountId owner, UniqueCodeStatus status, Instant now, PageRequest page) {
        StringBuilder where = new StringBuilder("accountId = :owner and deletedAt is null and ");
        where.append(status == UniqueCodeStatus.EXPIRED ? "expiresAt <= :now" : "expiresAt > :now");
        Parameters params = Parameters.with("owner", owner.value()).and("now", now);
        if (page.cursor() != null) {
            Cursor after = Cursor.decode(page.cursor());
            where.append(" and (createdAt < :afterTime or (createdAt = :afterTime and id < :afterId))");
            params.and("afterTime", Cursor.instantKey(after)).and("afterId", after.id());
        }
        List<UniqueCodeEntity> rows = UniqueCodeEntity.<UniqueCodeEntity>find(
                where + " order by createdAt desc, id desc", params).range(0, page.limit()).list();
        return Pages.of(rows, page.limit(), this::toDomain, e -> new Cursor(e.createdAt.toString(), e.id));
    }

    private UniqueCode toDomain(UniqueCodeEntity e) {
        UniqueCodeId id = new UniqueCodeId(e.id);
        return new UniqueCode(id, new AccountId(e.accountId), secrets.decrypt(e.codeCiphertext, id), e.description,
                e.createdAt, e.expiresAt, e.deletedAt, e.boundDeviceId == null ? null : new DeviceId(e.boundDeviceId),
                e.deviceBoundAt);
    }
}
