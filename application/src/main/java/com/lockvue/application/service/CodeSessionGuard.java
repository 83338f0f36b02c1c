package com.lockvue.application.service;

import com.lockvue.application.port.in.CodeSession;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotAuthenticated;
import com.lockvue.domain.uniquecode.UniqueCode;
import java.time.Instant;

/**
 * Checks a code session against the current state on every request, so that deleting, expiring, turning the
 * feature off or releasing the device takes effect on the very next call rather than when a token expires.
 */
public final class CodeSessionGuard {
    private final AccountRepository accounts;
    private final UniqueCodeRepository codes;

    public CodeSessionGuard(AccountRepository accounts, UniqueCodeRepository codes) {
        this.accounts = accounts;
        this.codes = codes;
    }

    /** The session's code, if the session may still act at {@code now}; must run inside a transaction. */
    public UniqueCode requireValid(CodeSession session, Instant now) {
        UniqueCode code = codes.findById(session.accountId(), session.uniqueCodeId())
                .orElseThrow(() -> new NotAuthenticated(FailureCode.CODE_SESSION_ENDED, "The Unique Code was deleted"));
        Accounts.require(accounts, session.accountId()).requireUniqueCodesEnabled();
        code.requireSessionValid(session.deviceId(), now);
        return code;
    }
}
