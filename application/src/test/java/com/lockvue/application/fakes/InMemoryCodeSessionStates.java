package com.lockvue.application.fakes;

import com.lockvue.application.port.out.CodeSessionStates;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.Permission;
import com.lockvue.domain.permission.Recipient;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.util.Optional;

/** The one read of a code session's state, made of the in-memory code, account and permission stores. */
public final class InMemoryCodeSessionStates implements CodeSessionStates {
    private final InMemoryUniqueCodeRepository codes;
    private final InMemoryAccountRepository accounts;
    private final InMemoryPermissionRepository permissions;

    public InMemoryCodeSessionStates(InMemoryUniqueCodeRepository codes, InMemoryAccountRepository accounts,
            InMemoryPermissionRepository permissions) {
        this.codes = codes;
        this.accounts = accounts;
        this.permissions = permissions;
    }

    @Override
    public Optional<State> find(AccountId owner, UniqueCodeId id, LockId lock, boolean forUpdate) {
        return codes.findById(owner, id).flatMap(code -> accounts.findById(owner).map(account -> {
            Optional<Permission> permission = lock == null ? Optional.empty()
                    : permissions.findForRecipient(new Recipient.UniqueCode(id), lock);
            return new State(code, account, permission);
        }));
    }

    @Override
    public Optional<WithSharedLocks> findWithSharedLocks(AccountId owner, UniqueCodeId id) {
        return find(owner, id, null, false).map(state -> new WithSharedLocks(state, permissions.sharedWith(id)));
    }
}
