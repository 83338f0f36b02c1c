package com.lockvue.application.service;

import com.lockvue.application.port.in.CodeSession;
import com.lockvue.application.port.out.CodeSessionStates;
import com.lockvue.application.view.SharedLock;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotAuthenticated;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.Permission;
import com.lockvue.domain.uniquecode.UniqueCode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Checks a code session against the current state on every request, so that deleting, expiring, suspending, turning
 * the feature off or releasing the device takes effect on the very next call rather than when a token expires.
 */
public final class CodeSessionGuard {
    private final CodeSessionStates states;

    public CodeSessionGuard(CodeSessionStates states) {
        this.states = states;
    }

    /** The session's code, the zone its windows are counted in and, if a lock was named, its permission for it. */
    public record Checked(UniqueCode code, ZoneId zone, Optional<Permission> permission) {
    }

    /** The session's code, if the session may still act at {@code now}; must run inside a transaction. */
    public Checked requireValid(CodeSession session, Instant now) {
        return check(session, null, false, now);
    }

    /** As {@link #requireValid}, holding the code's row lock until the transaction ends (to count an unlock). */
    public Checked requireValidForUpdate(CodeSession session, Instant now) {
        return check(session, null, true, now);
    }

    /** As {@link #requireValid} (with the row lock if {@code forUpdate}), with the code's permission for the lock. */
    public Checked requireValidAt(CodeSession session, LockId lock, boolean forUpdate, Instant now) {
        return check(session, lock, forUpdate, now);
    }

    /** As {@link #requireValid}, with the locks shared to the code; one read, so it needs no transaction. */
    public CheckedWithLocks requireValidWithSharedLocks(CodeSession session, Instant now) {
        CodeSessionStates.WithSharedLocks found = states.findWithSharedLocks(session.accountId(),
                session.uniqueCodeId()).orElseThrow(CodeSessionGuard::deleted);
        return new CheckedWithLocks(valid(found.state(), session, now), found.locks());
    }

    /** A valid session's check, and the locks shared to its code. */
    public record CheckedWithLocks(Checked checked, List<SharedLock> locks) {
    }

    private Checked check(CodeSession session, LockId lock, boolean forUpdate, Instant now) {
        return valid(states.find(session.accountId(), session.uniqueCodeId(), lock, forUpdate)
                .orElseThrow(CodeSessionGuard::deleted), session, now);
    }

    private static NotAuthenticated deleted() {
        return new NotAuthenticated(FailureCode.CODE_SESSION_ENDED, "The Unique Code was deleted");
    }

    private static Checked valid(CodeSessionStates.State state, CodeSession session, Instant now) {
        Account account = state.account();
        account.requireUniqueCodesEnabled();
        state.code().requireSessionValid(session.deviceId(), now);
        return new Checked(state.code(), account.settings().timeZone(), state.permission());
    }
}
