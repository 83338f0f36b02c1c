package com.lockvue.application.service;

import com.lockvue.application.port.in.CodeLoginUseCase;
import com.lockvue.application.port.in.CodeSession;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.AttemptLimiter;
import com.lockvue.application.port.out.AttemptLimiter.Decision;
import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.application.view.CodeSummary;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.failure.DomainFailure;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotAuthenticated;
import com.lockvue.domain.failure.TooManyAttempts;
import com.lockvue.domain.uniquecode.DeviceId;
import com.lockvue.domain.uniquecode.UniqueCode;
import java.time.Duration;
import java.time.Instant;
import com.lockvue.domain.failure.RateLimitStatus;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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
    private final Duration sessionLifetime;
    private final AuditedTransactions audited;

    public CodeLoginService(AccountRepository accounts, UniqueCodeRepository codes, AttemptLimiter limiter,
            LoginLimits limits, Duration sessionLifetime, AuditedTransactions audited) {
        this.accounts = accounts;
        this.codes = codes;
        this.limiter = limiter;
        this.limits = limits;
        this.sessionLifetime = sessionLifetime;
        this.audited = audited;
    }

    @Override
    public CodeLoginResult logIn(CodeLoginCommand command) {
        // Counting commits on its own, so a counter row (one per address: many people behind one NAT share it)
        // is locked only for its upsert, not for the whole login.
        Counted counted = audited.outcome(now -> attemptEvent(command, now), event -> {
            Decision[] both = limiter.registerBoth("code-login:addr:" + ClientNetwork.keyOf(command.clientAddress()),
                    limits.perAddress(), deviceKey(command.deviceId()), limits.perSubject(), limits.window(), event.now());
            Decision byAddress = both[0];
            if (!byAddress.allowed()) {
                throw tooMany(byAddress, byAddress.status("per-address").stream().toList());
            }
            event.drop(); // the count passed: the attempt itself is recorded by the next step
            // ... whose durable commit takes this one's with it: no need to wait for the disk while the address's
            // counter row (shared by everyone behind one NAT) stays locked.
            audited.commitWithoutWaitingForDisk();
            return new Counted(byAddress, both[1]);
        });
        try {
            return audited.outcome(now -> attemptEvent(command, now), event -> attempt(command, counted, event));
        } catch (DomainFailure refused) {
            throw refused.limits().isEmpty() ? refused.countedIn(counted.limits(false)) : refused;
        }
    }

    /** The attempt's two counts; the device's is the device's own failures. */
    private record Counted(Decision byAddress, Decision byDevice) {
        List<RateLimitStatus> limits(boolean deviceTakenBack) {
            return Stream.concat(byAddress.status("per-address").stream(), byDevice.status("per-device")
                    .map(s -> deviceTakenBack ? s.oneTakenBack() : s).stream()).toList();
        }
    }

    private CodeLoginResult attempt(CodeLoginCommand command, Counted counted, AuditDraft event) {
        Decision byDevice = counted.byDevice();
        Instant now = event.now();
        DeviceId device = command.deviceId();
        event.failureDetail(" device=" + device.value());
        event.facts().device(device);
        Optional<UniqueCode> found = codes.findByValueForUpdate(command.code());
        found.ifPresent(code -> event.actor(Actor.uniqueCode(code.id())).account(code.accountId()).uniqueCode(code.id()));
        boolean boundHere = found.flatMap(UniqueCode::boundDevice).filter(device::equals).isPresent();
        if (!byDevice.allowed() && !boundHere) {
            throw tooMany(byDevice, counted.limits(false));
        }
        UniqueCode code = found.orElseThrow(() -> new NotAuthenticated(FailureCode.INVALID_UNIQUE_CODE,
                "No active Unique Code matches what was entered"));
        Accounts.require(accounts, code.accountId()).requireUniqueCodesEnabled();
        if (code.admitDevice(device, command.deviceName(), now)) {
            codes.update(code);
        }
        limiter.forgive(deviceKey(device), limits.window(), now);
        event.note("device=" + device.value());
        Duration untilCodeExpiry = Duration.between(now, code.effectiveExpiry());
        Instant expiresAt = now.plus(untilCodeExpiry.compareTo(sessionLifetime) < 0 ? untilCodeExpiry : sessionLifetime);
        return new CodeLoginResult(new CodeSession(code.id(), code.accountId(), device, command.clientAddress()),
                CodeSummary.of(code, now), now, expiresAt, counted.limits(true));
    }

    /** Anonymous until the code is found; refusals name the device. */
    private static AuditEvent.Builder attemptEvent(CodeLoginCommand command, Instant now) {
        return AuditEvent.anonymous(AuditAction.CODE_LOGIN, now).from(command.clientAddress());
    }

    private static String deviceKey(DeviceId device) {
        return "code-login:device:" + device.value();
    }

    private static TooManyAttempts tooMany(Decision decision, List<RateLimitStatus> limits) {
        return new TooManyAttempts("Too many Code Login attempts; try again later", decision.retryAfter(), limits);
    }
}
