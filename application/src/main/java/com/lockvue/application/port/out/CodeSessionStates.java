package com.lockvue.application.port.out;

import com.lockvue.application.view.SharedLock;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.Permission;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.util.List;
import java.util.Optional;

/**
 * What a code session's request is checked against, read together: the code, its account and, for a request about
 * one lock, the code's permission for it. One read instead of three, because the door path (lock commands) runs
 * it on every request; the code session's lock list is read with it in one statement too.
 */
public interface CodeSessionStates {
    /** The code with its account, and the permission for {@code lock} when a lock is named. */
    record State(UniqueCode code, Account account, Optional<Permission> permission) {
    }

    /**
     * The not-deleted code of this account with its account; {@code lock} may be null (no permission is read);
     * {@code forUpdate} holds the code's row lock until the transaction ends.
     */
    Optional<State> find(AccountId owner, UniqueCodeId code, LockId lock, boolean forUpdate);

    /** A code's state with the locks shared to it, ordered by lock name (case-insensitive) then id. */
    record WithSharedLocks(State state, List<SharedLock> locks) {
    }

    /**
     * As {@link #find} without a lock, with every lock shared to the code, in one statement: it needs no
     * transaction to be consistent.
     */
    Optional<WithSharedLocks> findWithSharedLocks(AccountId owner, UniqueCodeId code);
}
