package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.DiagnoseUniqueCodeQuery;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.AttemptLimiter;
import com.lockvue.application.port.out.LockRepository;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.application.port.out.query.AuditQueries;
import com.lockvue.application.port.out.query.PermissionQueries;
import com.lockvue.application.view.Diagnosis;
import com.lockvue.application.view.Diagnosis.Verdict;
import com.lockvue.application.view.SharedLock;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.LockAction;
import com.lockvue.domain.uniquecode.AccessBlock;
import com.lockvue.domain.uniquecode.AccessBlock.Reason;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers "why can't this code open the door?" from the same rules the guest's requests meet: the code's own terms,
 * the account's setting, the permission and its level, the device binding and the rate limits that hold now. It
 * reads only; nothing it does counts as an attempt.
 */
public class DiagnoseUniqueCodeService implements DiagnoseUniqueCodeQuery {
    private static final Pattern DEVICE = Pattern.compile("device=([A-Za-z0-9._:-]+)");

    private final AccountRepository accounts;
    private final UniqueCodeRepository codes;
    private final LockRepository locks;
    private final PermissionQueries permissions;
    private final AuditQueries audit;
    private final AttemptLimiter limiter;
    private final LoginLimits loginLimits;
    private final LockCommandLimits commandLimits;
    private final TransactionRunner tx;
    private final Clock clock;

    public DiagnoseUniqueCodeService(AccountRepository accounts, UniqueCodeRepository codes, LockRepository locks,
            PermissionQueries permissions, AuditQueries audit, AttemptLimiter limiter, LoginLimits loginLimits,
            LockCommandLimits commandLimits, TransactionRunner tx, Clock clock) {
        this.accounts = accounts;
        this.codes = codes;
        this.locks = locks;
        this.permissions = permissions;
        this.audit = audit;
        this.limiter = limiter;
        this.loginLimits = loginLimits;
        this.commandLimits = commandLimits;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Diagnosis diagnose(AccountAdmin admin, UniqueCodeId id, LockId lockId, LockAction action) {
        return tx.inTransaction(() -> {
            Instant now = clock.instant();
            Account account = Accounts.require(accounts, admin.accountId());
            UniqueCode code = codes.findById(admin.accountId(), id).orElseThrow(() -> NotFounds.uniqueCode(id));
            List<AuditEvent> failures = audit.recentFailures(admin.accountId(), id, RECENT_FAILURES);
            List<AccessBlock> common = new ArrayList<>();
            if (!account.settings().uniqueCodesEnabled()) {
                common.add(AccessBlock.of(Reason.UNIQUE_CODES_DISABLED));
            }
            common.addAll(code.blocksAt(now, account.settings().timeZone()));
            common.addAll(deviceBlocks(code, failures, now));
            List<Verdict> verdicts = new ArrayList<>();
            List<LockAction> actions = action == null ? List.of(LockAction.values()) : List.of(action);
            for (SharedLock shared : sharedLocks(code, lockId)) {
                for (LockAction each : actions) {
                    verdicts.add(verdict(shared, each, common, now));
                }
            }
            if (lockId != null && verdicts.isEmpty()) {
                Lock lock = locks.findById(admin.accountId(), lockId).orElseThrow(() -> NotFounds.lockNotShared(lockId));
                AccessBlock notShared = audit.lastRevocation(admin.accountId(), id, lockId)
                        .map(at -> new AccessBlock(Reason.PERMISSION_REVOKED, null, at, null))
                        .orElse(AccessBlock.of(Reason.LOCK_NOT_SHARED));
                for (LockAction each : actions) {
                    List<AccessBlock> blocks = new ArrayList<>(common);
                    blocks.add(notShared);
                    verdicts.add(new Verdict(lockId, lock.name(), each, null, blocks));
                }
            }
            return new Diagnosis(code, code.statusAt(now), now, verdicts, failures);
        });
    }

    private List<SharedLock> sharedLocks(UniqueCode code, LockId only) {
        return permissions.sharedWith(code.id()).stream().filter(s -> only == null || s.lock().id().equals(only))
                .toList();
    }

    private Verdict verdict(SharedLock shared, LockAction action, List<AccessBlock> common, Instant now) {
        List<AccessBlock> blocks = new ArrayList<>(common);
        if (!shared.level().allows(action)) {
            blocks.add(new AccessBlock(Reason.LEVEL_TOO_LOW, null, null, action.minimumLevel().name()));
        }
        limiter.blockedUntil("lock-command:lock:" + shared.lock().id(), commandLimits.perLock(), commandLimits.window(),
                now).ifPresent(until -> blocks.add(AccessBlock.until(Reason.LOCK_COMMANDS_RATE_LIMITED, until)));
        return new Verdict(shared.lock().id(), shared.lock().name(), action, shared.level(), blocks);
    }

    /**
     * What stops the devices that tried the code: another device is refused while the code is bound (since when,
     * to which); a device or address over its limit is refused until its window ends.
     */
    private List<AccessBlock> deviceBlocks(UniqueCode code, List<AuditEvent> failures, Instant now) {
        List<AccessBlock> blocks = new ArrayList<>();
        Optional<String> bound = code.boundDevice().map(d -> d.value());
        Instant boundAt = code.deviceBoundAt().orElse(null);
        boolean othersRefused = failures.stream().anyMatch(f -> f.reason() != null
                && f.reason().startsWith(FailureCode.CODE_BOUND_TO_OTHER_DEVICE.slug())
                && boundAt != null && !f.occurredAt().isBefore(boundAt));
        if (bound.isPresent() && othersRefused) {
            blocks.add(new AccessBlock(Reason.BOUND_TO_OTHER_DEVICE, null, boundAt, bound.get()));
        }
        bound.ifPresent(device -> limiter.blockedUntil("lock-command:session:" + code.id() + ":" + device,
                        commandLimits.perSession(), commandLimits.window(), now)
                .ifPresent(until -> blocks.add(new AccessBlock(Reason.DEVICE_RATE_LIMITED, until, null, device))));
        Set<String> devices = new LinkedHashSet<>();
        Set<String> addresses = new LinkedHashSet<>();
        for (AuditEvent failure : failures) {
            if (failure.reason() != null) {
                Matcher device = DEVICE.matcher(failure.reason());
                if (device.find() && !bound.map(device.group(1)::equals).orElse(false)) {
                    devices.add(device.group(1));
                }
            }
            if (failure.clientAddress() != null) {
                addresses.add(failure.clientAddress());
            }
        }
        for (String device : devices) {
            limiter.blockedUntil("code-login:device:" + device, loginLimits.perSubject(), loginLimits.window(), now)
                    .ifPresent(until -> blocks.add(new AccessBlock(Reason.DEVICE_RATE_LIMITED, until, null, device)));
        }
        for (String address : addresses) {
            limiter.blockedUntil("code-login:addr:" + ClientNetwork.keyOf(address), loginLimits.perAddress(),
                    loginLimits.window(), now)
                    .ifPresent(until -> blocks.add(new AccessBlock(Reason.ADDRESS_RATE_LIMITED, until, null, address)));
        }
        return blocks;
    }
}
