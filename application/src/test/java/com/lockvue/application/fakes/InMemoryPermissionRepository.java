package com.lockvue.application.fakes;

import com.lockvue.application.port.out.PermissionRepository;
import com.lockvue.application.port.out.query.PermissionQueries;
import com.lockvue.application.view.PermissionView;
import com.lockvue.application.view.SharedLock;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.lock.LockId;
import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.domain.permission.Permission;
import com.lockvue.domain.permission.PermissionId;
import com.lockvue.domain.permission.Recipient;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

public final class InMemoryPermissionRepository extends MapStore<PermissionId, Permission>
        implements PermissionRepository, PermissionQueries {
    private final InMemoryLockRepository locks;
    private final InMemoryUniqueCodeRepository codes;

    public InMemoryPermissionRepository(InMemoryLockRepository locks, InMemoryUniqueCodeRepository codes) {
        this.locks = locks;
        this.codes = codes;
    }

    @Override
    public Optional<Permission> findByIdForUpdate(AccountId owner, PermissionId id) {
        return Optional.ofNullable(rows.get(id)).filter(p -> p.accountId().equals(owner)).map(this::copy);
    }

    @Override
    public Map<LockId, Permission> findForRecipient(Recipient recipient, Collection<LockId> lockIds) {
        return rows.values().stream()
                .filter(p -> p.recipient().equals(recipient) && lockIds.contains(p.lockId()))
                .collect(Collectors.toMap(Permission::lockId, this::copy));
    }

    @Override
    public Optional<Permission> findForRecipient(Recipient recipient, LockId lock) {
        return Optional.ofNullable(findForRecipient(recipient, List.of(lock)).get(lock));
    }

    @Override
    public void add(Permission permission) {
        if (rows.values().stream().anyMatch(p -> p.recipient().equals(permission.recipient())
                && p.lockId().equals(permission.lockId()))) {
            throw new IllegalStateException("a permission for this lock and recipient already exists");
        }
        rows.put(permission.id(), copy(permission));
    }

    @Override
    public void update(Permission permission) {
        if (!rows.containsKey(permission.id())) {
            throw new IllegalStateException("no permission " + permission.id());
        }
        rows.put(permission.id(), copy(permission));
    }

    @Override
    public void remove(PermissionId id) {
        rows.remove(id);
    }

    @Override
    public List<Permission> removeAll(Recipient recipient) {
        List<Permission> removed = rows.values().stream().filter(p -> p.recipient().equals(recipient)).toList();
        removed.forEach(p -> rows.remove(p.id()));
        return removed.stream().map(this::copy).toList();
    }

    @Override
    public List<SharedLock> sharedWith(UniqueCodeId code) {
        Recipient recipient = new Recipient.UniqueCode(code);
        return rows.values().stream()
                .filter(p -> p.recipient().equals(recipient))
                .map(p -> new SharedLock(lockOf(p), p.id(), p.level()))
                .sorted(Comparator.comparing((SharedLock s) -> s.lock().name()).thenComparing(s -> s.lock().id().value()))
                .toList();
    }

    @Override
    public java.util.Map<com.lockvue.domain.lock.LockId, com.lockvue.application.view.LockListing> sharesOf(
            List<com.lockvue.domain.lock.Lock> locks, int recipientsPerLock) {
        java.util.Map<com.lockvue.domain.lock.LockId, com.lockvue.application.view.LockListing> out = new java.util.HashMap<>();
        for (var lock : locks) {
            var all = rows.values().stream().filter(p -> p.lockId().equals(lock.id()))
                    .map(p -> ((Recipient.UniqueCode) p.recipient()).id())
                    .map(id -> new com.lockvue.application.view.LockListing.Recipient(id,
                            codes.stored(id).map(UniqueCode::description).orElse("")))
                    .sorted(java.util.Comparator.comparing(com.lockvue.application.view.LockListing.Recipient::description))
                    .toList();
            out.put(lock.id(), new com.lockvue.application.view.LockListing(lock, all.size(),
                    all.subList(0, Math.min(recipientsPerLock, all.size()))));
        }
        return out;
    }

    /** How many locks each of the codes is shared on (for the fake read model of codes). */
    public Map<UniqueCodeId, Long> countLocks(Collection<UniqueCodeId> ids) {
        return rows.values().stream()
                .filter(p -> p.recipient() instanceof Recipient.UniqueCode uc && ids.contains(uc.id()))
                .collect(Collectors.groupingBy(p -> ((Recipient.UniqueCode) p.recipient()).id(), Collectors.counting()));
    }

    @Override
    public Page<PermissionView> list(AccountId owner, LockId lock, UniqueCodeId code, PageRequest page) {
        List<PermissionView> found = rows.values().stream()
                .filter(p -> p.accountId().equals(owner))
                .filter(p -> lock == null || p.lockId().equals(lock))
                .filter(p -> code == null || p.recipient().equals(new Recipient.UniqueCode(code)))
                .sorted(Comparator.comparing(Permission::grantedAt).reversed())
                .map(this::view)
                .toList();
        return Paging.slice(found, page);
    }

    public List<Permission> all() {
        return rows.values().stream().map(this::copy).toList();
    }

    private PermissionView view(Permission p) {
        Lock lock = lockOf(p);
        String description = codes.stored(((Recipient.UniqueCode) p.recipient()).id()).map(UniqueCode::description)
                .orElse(null);
        return new PermissionView(copy(p), lock.name(), lock.serialNumber().value(), description);
    }

    private Lock lockOf(Permission p) {
        return locks.anyById(p.lockId()).orElseThrow(() -> new IllegalStateException("no lock " + p.lockId()));
    }

    private Permission copy(Permission p) {
        return new Permission(p.id(), p.accountId(), p.lockId(), p.recipient(), p.level(), p.grantedAt(), p.updatedAt());
    }
}
