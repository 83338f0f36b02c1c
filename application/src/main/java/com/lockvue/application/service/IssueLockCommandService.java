package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.CodeSession;
import com.lockvue.application.port.in.IssueLockCommandUseCase;
import com.lockvue.application.port.out.AttemptLimiter;
import com.lockvue.application.port.out.AttemptLimiter.Decision;
import com.lockvue.application.port.out.LockCommandClaims;
import com.lockvue.application.port.out.LockCommandSigner;
import com.lockvue.application.port.out.LockRepository;
import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.application.event.EventFacts;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.failure.DomainFailure;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.RuleViolation;
import com.lockvue.domain.failure.TooManyAttempts;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.LockAction;
import com.lockvue.domain.permission.Permission;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import com.lockvue.domain.failure.RateLimitStatus;
import java.util.List;
import java.util.UUID;

/**
 * Issues lock commands. A command is valid from now for at most {@link #MAX_VALIDITY}, never past the Unique
 * Code's own expiry nor the end of its current weekly window; times are whole seconds, as locks count them. A code
 * session's UNLOCK is counted against the code's use limit under the code's row lock, in the transaction that signs
 * it, so racing requests are counted one after the other and can never exceed the limit. Every issued and every refused command is
 * audited, the refusal in the same committed transaction as the checks that caused it.
 *
 * <p>Issuance is limited per session (a code session, or an owner's) and, for code sessions, per lock across all of
 * them ({@link LockCommandLimits}); a limit's refusals are audited once per window, so a client that hammers the
 * endpoint cannot flood the audit trail. A session its own limit refuses is not counted for the lock, and the
 * owner's commands do not count towards a lock's limit, so no guest can stop others, or the owner, opening it.
 */
public class IssueLockCommandService implements IssueLockCommandUseCase {
    public static final Duration MAX_VALIDITY = Duration.ofSeconds(60);

    private final CodeSessionGuard guard;
    private final AttemptLimiter limiter;
    private final LockCommandLimits limits;
    private final LockRepository locks;
    private final UniqueCodeRepository codes;
    private final LockCommandSigner signer;
    private final AuditedTransactions audited;

    public IssueLockCommandService(CodeSessionGuard guard, AttemptLimiter limiter, LockCommandLimits limits,
            LockRepository locks, UniqueCodeRepository codes, LockCommandSigner signer,
            AuditedTransactions audited) {
        this.guard = guard;
        this.limiter = limiter;
        this.limits = limits;
        this.locks = locks;
        this.codes = codes;
        this.signer = signer;
        this.audited = audited;
    }

    @Override
    public IssuedLockCommand issue(CodeSession session, LockId lockId, IssueLockCommandCommand command) {
        return audited.outcome(now -> session.audit(AuditAction.LOCK_COMMAND_ISSUED, now).lock(lockId), event -> {
            event.facts().action(command.action());
            List<RateLimitStatus> limits = requireWithinLimits(event,
                    "lock-command:session:" + session.uniqueCodeId() + ":" + session.deviceId(), "lock-command:lock:" + lockId);
            try {
                boolean unlock = command.action() == LockAction.UNLOCK;
                CodeSessionGuard.Checked checked = guard.requireValidAt(session, lockId, unlock, event.now());
                UniqueCode code = checked.code();
                Permission permission = checked.permission().orElseThrow(() -> NotFounds.lockNotShared(lockId));
                event.permission(permission.id());
                requireAllowed(permission.level(), command);
                Instant openUntil = code.requireOpenUntil(event.now(), checked.zone());
                Validity validity = validity(event.now(), openUntil, code.effectiveExpiry());
                String usage = "";
                if (unlock) {
                    code.recordUnlock(event.now(), checked.zone());
                    codes.update(code);
                    Integer max = code.terms().limits().maxUnlocks();
                    usage = " unlocks=" + code.usage().unlocksUsed() + (max == null ? "" : "/" + max);
                    announceIfUsedUp(event, code);
                }
                return sign(event, lockId, command, permission.level(), validity, usage, limits);
            } catch (DomainFailure refused) {
                throw refused.countedIn(limits);
            }
        });
    }

    @Override
    public IssuedLockCommand issue(AccountAdmin admin, LockId lockId, IssueLockCommandCommand command) {
        return audited.outcome(now -> admin.audit(AuditAction.LOCK_COMMAND_ISSUED, now).lock(lockId), event -> {
            event.facts().action(command.action());
            List<RateLimitStatus> limits = requireWithinLimits(event, "lock-command:" + admin.callerKey(), null);
            try {
                locks.findById(admin.accountId(), lockId).orElseThrow(() -> NotFounds.lockNotShared(lockId));
                return sign(event, lockId, command, PermissionLevel.ADMIN, validity(event.now(), null, null), "", limits);
            } catch (DomainFailure refused) {
                throw refused.countedIn(limits);
            }
        });
    }

    /**
     * The session's own limit, then (for code sessions, {@code lockKey} not null) the lock's. Returns where the
     * session stands in its own; the lock's counts every guest's commands, and is not reported to any one of them.
     */
    private List<RateLimitStatus> requireWithinLimits(AuditDraft event, String sessionKey, String lockKey) {
        Decision[] counted = lockKey == null
                ? new Decision[] {limiter.register(sessionKey, limits.perSession(), limits.window(), event.now()),
                        Decision.allow()}
                : limiter.registerBoth(sessionKey, limits.perSession(), lockKey, limits.perLock(), limits.window(),
                        event.now());
        Decision bySession = counted[0];
        Decision byLock = counted[1];
        List<RateLimitStatus> limits = bySession.status("per-session").stream().toList();
        if (bySession.allowed() && byLock.allowed()) {
            return limits;
        }
        if (bySession.firstRefusal() || byLock.firstRefusal()) {
            event.failureDetail(bySession.allowed() ? " per-lock" : " per-session");
        } else {
            event.drop();
        }
        throw new TooManyAttempts("Too many lock commands; try again later", Decision.longestWait(bySession, byLock),
                limits);
    }

    private record Validity(Instant notBefore, Instant expiresAt) {
    }

    /**
     * From now (whole seconds) for at most {@link #MAX_VALIDITY}, and never past {@code openUntil} (the end of the
     * code's window or its expiry); refused before anything is counted when less than a second would be left.
     */
    private static Validity validity(Instant now, Instant openUntil, Instant codeExpiry) {
        Instant notBefore = now.truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = notBefore.plus(MAX_VALIDITY);
        if (openUntil != null && openUntil.isBefore(expiresAt)) {
            expiresAt = openUntil.truncatedTo(ChronoUnit.SECONDS);
        }
        if (!expiresAt.isAfter(notBefore)) {
            throw codeExpiry != null && codeExpiry.equals(openUntil)
                    ? new RuleViolation(FailureCode.UNIQUE_CODE_EXPIRED, "The Unique Code expires within a second")
                    : new RuleViolation(FailureCode.OUTSIDE_ACCESS_WINDOW, "The Unique Code's window closes within a second");
        }
        return new Validity(notBefore, expiresAt);
    }

    private IssuedLockCommand sign(AuditDraft event, LockId lockId, IssueLockCommandCommand command,
            PermissionLevel level, Validity validity, String usage, List<RateLimitStatus> limits) {
        UUID commandId = UUID.randomUUID();
        LockCommandClaims claims = new LockCommandClaims(lockId, commandId, validity.notBefore(), validity.notBefore(),
                validity.expiresAt(), command.action(), level, command.nonce());
        event.note(command.action() + " level=" + level + " command=" + commandId + usage);
        event.facts().level(level).commandId(commandId);
        return new IssuedLockCommand(commandId, signer.sign(claims), command.action(), level, limits);
    }

    /** The unlock that used up a code's last one is followed, in the trail and to integrators, by its exhaustion. */
    private static void announceIfUsedUp(AuditDraft event, UniqueCode code) {
        if (code.statusAt(event.now()) == UniqueCodeStatus.EXHAUSTED) {
            event.thenOnSuccess(AuditEvent.byCode(code.id(), code.accountId(), AuditAction.UNIQUE_CODE_EXHAUSTED,
                    event.now()).uniqueCode(code.id()).note("unlocks=" + code.usage().unlocksUsed()).build(),
                    EventFacts.none().code(code));
        }
    }

    private static void requireAllowed(PermissionLevel level, IssueLockCommandCommand command) {
        if (!level.allows(command.action())) {
            throw new RuleViolation(FailureCode.ACTION_NOT_PERMITTED,
                    command.action() + " needs " + command.action().minimumLevel() + " or above; this code has " + level);
        }
    }
}
