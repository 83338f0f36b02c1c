package com.lockvue.application.fakes;

import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.domain.account.AccountId;
import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.domain.uniquecode.CodeValue;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class InMemoryUniqueCodeRepository extends MapStore<UniqueCodeId, UniqueCode>
        implements UniqueCodeRepository {
    /** Values are never removed, so a rolled-back add leaves one behind harmlessly (its code is gone). */
    private final java.util.Map<UniqueCodeId, CodeValue> values = new java.util.HashMap<>();

    @Override
    public Optional<UniqueCode> findById(AccountId owner, UniqueCodeId id) {
        return Optional.ofNullable(rows.get(id))
                .filter(c -> c.accountId().equals(owner) && !c.isDeleted())
                .map(InMemoryUniqueCodeRepository::copy);
    }

    @Override
    public Optional<UniqueCode> findByIdForUpdate(AccountId owner, UniqueCodeId id) {
        return findById(owner, id);
    }

    @Override
    public Optional<UniqueCode> findByValueForUpdate(CodeValue value) {
        return rows.values().stream().filter(c -> !c.isDeleted() && value.equals(values.get(c.id()))).findFirst()
                .map(InMemoryUniqueCodeRepository::copy);
    }

    @Override
    public void add(UniqueCode code, CodeValue value) {
        if (rows.containsKey(code.id())) {
            throw new IllegalStateException("duplicate code " + code.id());
        }
        rows.put(code.id(), copy(code));
        values.put(code.id(), value);
    }

    /** The secret value stored with the code (the real store keeps it encrypted). */
    public CodeValue valueOf(UniqueCodeId id) {
        return values.get(id);
    }

    @Override
    public void update(UniqueCode code) {
        if (!rows.containsKey(code.id())) {
            throw new IllegalStateException("no code " + code.id());
        }
        rows.put(code.id(), bumped(code));
    }

    /** What is stored for {@code id}, deleted or not. */
    public Optional<UniqueCode> stored(UniqueCodeId id) {
        return Optional.ofNullable(rows.get(id)).map(InMemoryUniqueCodeRepository::copy);
    }

    public List<UniqueCode> all() {
        return rows.values().stream().map(InMemoryUniqueCodeRepository::copy).toList();
    }

    /** As the real store: every update is a new version. */
    private static UniqueCode bumped(UniqueCode c) {
        return copy(c, c.version() + 1);
    }

    static UniqueCode copy(UniqueCode c) {
        return copy(c, c.version());
    }

    private static UniqueCode copy(UniqueCode c, long version) {
        return new UniqueCode(c.id(), c.accountId(), c.terms(), c.createdAt(), c.usage(), c.suspendedAt().orElse(null),
                c.deletedAt().orElse(null), c.boundDevice().orElse(null), c.deviceName().orElse(null),
                c.deviceBoundAt().orElse(null), version);
    }
}
