package com.lockvue.application.service;

import com.lockvue.application.port.in.CodeSession;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotAuthenticated;
import com.lockvue.domain.uniquecode.UniqueCode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Checks a code session against the current state on every request, so that deleting, expiring, suspending, turning
 * the feature off or releasing the device takes effect on the very next call rather than when a token expires.
 */
public final class CodeSessionGuard {
    private final AccountRepository accounts;
    private final UniqueCodeRepository codes;

    public CodeSessionGuard(AccountRepository accounts, UniqueCodeRepository codes) {
        this.accounts = accounts;
        this.codes = codes;
    }

    /** The session's code and the zone its windows are counted in. */
    public record Checked(UniqueCode code, ZoneId zone) {
    }

    /** The session's code, if the session may still act at {@code now}; must run inside a transaction. */
    public Checked requireValid(CodeSession session, Instant now) {
        return check(codes.findById(session.accountId(), session.uniqueCodeId()), session, now);
    }

    /** As {@link #requireValid}, holding the code's row lock until the transaction ends (to count an unlock). */
    public Checked requireValidForUpdate(CodeSession session, Instant now) {
        return check(codes.findByIdForUpdate(session.accountId(), session.uniqueCodeId()), session, now);
    }

    private Checked check(Optional<UniqueCode> found, CodeSession session, Instant now) {
        UniqueCode code = found.orElseThrow(() -> new NotAuthenticated(FailureCode.CODE_SESSION_ENDED,
                "The Unique Code was deleted"));
        Account account = Accounts.require(accounts, session.accountId());
        account.requireUniqueCodesEnabled();
        code.requireSessionValid(session.deviceId(), now);
        return new Checked(code, account.settings().timeZone());
    }
}
