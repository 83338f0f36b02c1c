package com.lockvue.application.service;

import com.lockvue.application.port.in.CodeLoginUseCase;
import com.lockvue.application.port.in.CodeSession;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.AttemptLimiter;
import com.lockvue.application.port.out.AttemptLimiter.Decision;
import com.lockvue.application.port.out.AuditLog;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.failure.DomainFailure;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotAuthenticated;
import com.lockvue.domain.failure.TooManyAttempts;
import com.lockvue.domain.uniquecode.CodeValue;
import com.lockvue.domain.uniquecode.DeviceId;
import com.lockvue.domain.uniquecode.UniqueCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Code Login. Each attempt is counted against the client address and the device before the code is even looked
 * up, and is audited whatever its outcome; the count and the audit line are committed also when the login is
 * refused.
 */
public class CodeLoginService implements CodeLoginUseCase {
    private final AccountRepository accounts;
    private final UniqueCodeRepository codes;
    private final AttemptLimiter limiter;
    private final LoginLimits limits;
    private final AuditLog audit;
    private final TransactionRunner tx;
    private final Clock clock;

    public CodeLoginService(AccountRepository accounts, UniqueCodeRepository codes, AttemptLimiter limiter,
            LoginLimits limits, AuditLog audit, TransactionRunner tx, Clock clock) {
        this.accounts = accounts;
        this.codes = codes;
        this.limiter = limiter;
        this.limits = limits;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public CodeLoginResult logIn(CodeLoginCommand command) {
        // Counting commits on its own, so a counter row (one per address: many people behind one NAT share it)
        // is locked only for its upsert, not for the whole login.
        Counted counted = tx.inTransaction(() -> countAttempt(command));
        if (counted.refusal() != null) {
            throw counted.refusal();
        }
        Outcome outcome = tx.inTransaction(() -> attempt(command, counted.device()));
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.result();
    }

    /** Counts the attempt against the address and the device; a refusal here is audited and committed. */
    private Counted countAttempt(CodeLoginCommand command) {
        Instant now = clock.instant();
        Decision byAddress = limiter.register("code-login:addr:" + ClientNetwork.keyOf(command.clientAddress()),
                limits.perAddress(), limits.window(), now);
        DeviceId device;
        try {
            device = new DeviceId(command.deviceId());
        } catch (DomainFailure malformed) {
            return new Counted(null, refuse(null, command, null, now, byAddress.allowed() ? malformed
                    : new TooManyAttempts("Too many Code Login attempts; try again later", byAddress.retryAfter()))
                    .failure());
        }
        Decision byDevice = limiter.register("code-login:device:" + device.value(), limits.perSubject(),
                limits.window(), now);
        if (!byAddress.allowed() || !byDevice.allowed()) {
            Duration retryAfter = max(byAddress.retryAfter(), byDevice.retryAfter());
            return new Counted(device, refuse(null, command, device, now,
                    new TooManyAttempts("Too many Code Login attempts; try again later", retryAfter)).failure());
        }
        return new Counted(device, null);
    }

    private Outcome attempt(CodeLoginCommand command, DeviceId device) {
        Instant now = clock.instant();
        CodeValue value;
        try {
            value = CodeValue.parse(command.code());
        } catch (DomainFailure malformed) {
            return refuse(null, command, device, now, malformed);
        }
        Optional<UniqueCode> found = codes.findByValueForUpdate(value);
        if (found.isEmpty()) {
            return refuse(null, command, device, now,
                    new NotAuthenticated(FailureCode.INVALID_UNIQUE_CODE, "No active Unique Code matches what was entered"));
        }
        UniqueCode code = found.get();
        try {
            Accounts.require(accounts, code.accountId()).requireUniqueCodesEnabled();
            if (code.admitDevice(device, now)) {
                codes.update(code);
            }
        } catch (DomainFailure refused) {
            return refuse(code, command, device, now, refused);
        }
        audit.append(AuditEvent.of(AuditAction.CODE_LOGIN, Actor.uniqueCode(code.id()), now).account(code.accountId())
                .uniqueCode(code.id()).note("device=" + device.value()).from(command.clientAddress()).build());
        return new Outcome(new CodeLoginResult(new CodeSession(code.id(), code.accountId(), device,
                command.clientAddress()), code), null);
    }

    private Outcome refuse(UniqueCode code, CodeLoginCommand command, DeviceId device, Instant now,
            DomainFailure failure) {
        var event = AuditEvent.of(AuditAction.CODE_LOGIN, code == null ? Actor.anonymous() : Actor.uniqueCode(code.id()),
                now).failed(failure.code().slug() + (device == null ? "" : " device=" + device.value()))
                .from(command.clientAddress());
        if (code != null) {
            event.account(code.accountId()).uniqueCode(code.id());
        }
        audit.append(event.build());
        return new Outcome(null, failure);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The device the attempt was counted for, or why it was refused already. */
    private record Counted(DeviceId device, DomainFailure refusal) {
    }

    private record Outcome(CodeLoginResult result, DomainFailure failure) {
    }
}
