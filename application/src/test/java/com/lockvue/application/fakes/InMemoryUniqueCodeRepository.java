package com.lockvue.application.fakes;

import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.page.Page;
import com.lockvue.domain.page.PageRequest;
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
        return rows.values().stream().filter(c -> !c.isDeleted() && c.code().equals(value)).findFirst()
                .map(InMemoryUniqueCodeRepository::copy);
    }

    @Override
    public void add(UniqueCode code) {
        if (rows.containsKey(code.id())) {
            throw new IllegalStateException("duplicate code " + code.id());
        }
        rows.put(code.id(), copy(code));
    }

    @Override
    public void update(UniqueCode code) {
        if (!rows.containsKey(code.id())) {
            throw new IllegalStateException("no code " + code.id());
        }
        rows.put(code.id(), copy(code));
    }

    @Override
    public Page<UniqueCode> list(AccountId owner, UniqueCodeStatus status, Instant now, PageRequest page) {
        List<UniqueCode> found = rows.values().stream()
                .filter(c -> c.accountId().equals(owner) && c.statusAt(now) == status)
                .sorted(Comparator.comparing(UniqueCode::createdAt).reversed())
                .map(InMemoryUniqueCodeRepository::copy)
                .toList();
        return Paging.slice(found, page);
    }

    /** What is stored for {@code id}, deleted or not. */
    public Optional<UniqueCode> stored(UniqueCodeId id) {
        return Optional.ofNullable(rows.get(id)).map(InMemoryUniqueCodeRepository::copy);
    }

    public List<UniqueCode> all() {
        return rows.values().stream().map(InMemoryUniqueCodeRepository::copy).toList();
    }

    static UniqueCode copy(UniqueCode c) {
        return new UniqueCode(c.id(), c.accountId(), c.code(), c.description(), c.createdAt(), c.expiresAt(),
                c.deletedAt().orElse(null), c.boundDevice().orElse(null), c.deviceBoundAt().orElse(null));
    }
}
