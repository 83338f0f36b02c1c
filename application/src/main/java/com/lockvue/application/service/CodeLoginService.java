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
import java.time.Instant;
import java.util.Optional;

/**
 * Code Login. Each attempt is counted against the client address before the code is even looked up, and is
 * audited whatever its outcome; the count and the audit line are committed also when the login is refused.
 *
 * <p>The device limit counts failures only (a success takes its attempt back), and it never stops a device from
 * logging in again with the code it is already bound to: whoever learns a phone's device id can neither run its
 * counter up with the phone's own logins nor, with wrong codes, lock the phone out. It still stops one device id
 * from trying code after code; the address limit is what bounds an attacker, who chooses device ids freely.
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
        Counted counted = tx.inTransactionKeepingRefusals(() -> countAttempt(command));
        return tx.inTransactionKeepingRefusals(() -> attempt(command, counted));
    }

    /** Counts the attempt against the address and the device; a refusal here is audited and committed. */
    private Counted countAttempt(CodeLoginCommand command) {
        Instant now = clock.instant();
        Decision byAddress = limiter.register("code-login:addr:" + ClientNetwork.keyOf(command.clientAddress()),
                limits.perAddress(), limits.window(), now);
        if (!byAddress.allowed()) {
            throw refuse(null, command, null, now, tooMany(byAddress));
        }
        DeviceId device;
        try {
            device = new DeviceId(command.deviceId());
        } catch (DomainFailure malformed) {
            throw refuse(null, command, null, now, malformed);
        }
        return new Counted(device, limiter.register(deviceKey(device), limits.perSubject(), limits.window(), now));
    }

    private CodeLoginResult attempt(CodeLoginCommand command, Counted counted) {
        Instant now = clock.instant();
        DeviceId device = counted.device();
        CodeValue value;
        try {
            value = CodeValue.parse(command.code());
        } catch (DomainFailure malformed) {
            throw refuse(null, command, device, now, malformed);
        }
        Optional<UniqueCode> found = codes.findByValueForUpdate(value);
        boolean boundHere = found.flatMap(UniqueCode::boundDevice).filter(device::equals).isPresent();
        if (!counted.byDevice().allowed() && !boundHere) {
            throw refuse(found.orElse(null), command, device, now, tooMany(counted.byDevice()));
        }
        if (found.isEmpty()) {
            throw refuse(null, command, device, now,
                    new NotAuthenticated(FailureCode.INVALID_UNIQUE_CODE, "No active Unique Code matches what was entered"));
        }
        UniqueCode code = found.get();
        try {
            Accounts.require(accounts, code.accountId()).requireUniqueCodesEnabled();
            if (code.admitDevice(device, now)) {
                codes.update(code);
            }
        } catch (DomainFailure refused) {
            throw refuse(code, command, device, now, refused);
        }
        limiter.forgive(deviceKey(device), limits.window(), now);
        audit.append(AuditEvent.of(AuditAction.CODE_LOGIN, Actor.uniqueCode(code.id()), now).account(code.accountId())
                .uniqueCode(code.id()).note("device=" + device.value()).from(command.clientAddress()).build());
        return new CodeLoginResult(new CodeSession(code.id(), code.accountId(), device, command.clientAddress()), code);
    }

    private DomainFailure refuse(UniqueCode code, CodeLoginCommand command, DeviceId device, Instant now,
            DomainFailure failure) {
        var event = AuditEvent.of(AuditAction.CODE_LOGIN, code == null ? Actor.anonymous() : Actor.uniqueCode(code.id()),
                now).failed(failure.code().slug() + (device == null ? "" : " device=" + device.value()))
                .from(command.clientAddress());
        if (code != null) {
            event.account(code.accountId()).uniqueCode(code.id());
        }
        audit.append(event.build());
        return failure;
    }

    private static String deviceKey(DeviceId device) {
        return "code-login:device:" + device.value();
    }

    private static TooManyAttempts tooMany(Decision decision) {
        return new TooManyAttempts("Too many Code Login attempts; try again later", decision.retryAfter());
    }

    /** The device the attempt was counted for, and what its limit said. */
    private record Counted(DeviceId device, Decision byDevice) {
    }
}
