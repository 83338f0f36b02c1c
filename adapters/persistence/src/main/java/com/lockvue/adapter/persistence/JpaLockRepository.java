package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.LockRepository;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.failure.Conflict;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.lock.SerialNumber;
import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaLockRepository implements LockRepository {

    @Override
    public Optional<Lock> findById(AccountId owner, LockId id) {
        return LockEntity.<LockEntity>find("id = ?1 and accountId = ?2", id.value(), owner.value())
                .firstResultOptional().map(JpaLockRepository::toDomain);
    }

    @Override
    public List<Lock> findAll(AccountId owner, Collection<LockId> ids) {
        List<UUID> raw = ids.stream().map(LockId::value).toList();
        return LockEntity.<LockEntity>list("accountId = ?1 and id in ?2", owner.value(), raw).stream()
                .map(JpaLockRepository::toDomain).toList();
    }

    @Override
    public void add(Lock lock) {
        if (LockEntity.count("serialNumber", lock.serialNumber().value()) > 0) {
            throw alreadyActivated();
        }
        LockEntity e = new LockEntity();
        e.id = lock.id().value();
        e.accountId = lock.accountId().value();
        e.serialNumber = lock.serialNumber().value();
        e.name = lock.name();
        e.activatedAt = lock.activatedAt();
        try {
            e.persistAndFlush();
        } catch (PersistenceException race) {
            if (Constraints.violated(race).filter("locks_serial_number_unique"::equals).isPresent()) {
                throw alreadyActivated();
            }
            throw race;
        }
    }

    private static Conflict alreadyActivated() {
        // Says nothing about which account holds it: serial numbers of other customers stay private.
        return new Conflict(FailureCode.LOCK_ALREADY_ACTIVATED, "A lock with this serial number is already activated");
    }

    @Override
    public Page<Lock> search(AccountId owner, String search, PageRequest page) {
        StringBuilder where = new StringBuilder("accountId = :owner");
        Parameters params = Parameters.with("owner", owner.value());
        if (search != null) {
            where.append(" and (lower(name) like :term escape '\\' or serialNumber like :serialTerm escape '\\')");
            String escaped = search.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            params.and("term", "%" + escaped + "%").and("serialTerm", "%" + escaped.toUpperCase(Locale.ROOT) + "%");
        }
        if (page.cursor() != null) {
            Cursor after = Cursor.decode(page.cursor());
            where.append(" and (lower(name) > lower(:afterName) or (lower(name) = lower(:afterName) and id > :afterId))");
            params.and("afterName", after.key()).and("afterId", after.id());
        }
        List<LockEntity> rows = LockEntity.<LockEntity>find(where + " order by lower(name), id", params)
                .range(0, page.limit()).list();
        return Pages.of(rows, page.limit(), JpaLockRepository::toDomain,
                e -> new Cursor(e.name, e.id));
    }

    static Lock toDomain(LockEntity e) {
        return new Lock(new LockId(e.id), new AccountId(e.accountId), new SerialNumber(e.serialNumber), e.name,
                e.activatedAt);
    }
}
