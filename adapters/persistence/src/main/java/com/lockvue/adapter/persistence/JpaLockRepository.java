package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.LockRepository;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.failure.Conflict;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.lock.SerialNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.Collection;
import java.util.List;
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

    static Lock toDomain(LockEntity e) {
        return new Lock(new LockId(e.id), new AccountId(e.accountId), new SerialNumber(e.serialNumber), e.name,
                e.activatedAt);
    }
}
