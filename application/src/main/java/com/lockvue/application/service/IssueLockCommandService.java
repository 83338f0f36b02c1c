package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.CodeSession;
import com.lockvue.application.port.in.GetTrustAnchorsQuery;
import com.lockvue.application.port.in.IssueLockCommandUseCase;
import com.lockvue.application.port.out.AttemptLimiter;
import com.lockvue.application.port.out.AttemptLimiter.Decision;
import com.lockvue.application.port.out.AuditLog;
import com.lockvue.application.port.out.LockCommandClaims;
import com.lockvue.application.port.out.LockCommandSigner;
import com.lockvue.application.port.out.LockRepository;
import com.lockvue.application.port.out.PermissionRepository;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.TrustAnchor;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.failure.Check;
import com.lockvue.domain.failure.DomainFailure;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotFound;
import com.lockvue.domain.failure.RuleViolation;
import com.lockvue.domain.failure.TooManyAttempts;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.Permission;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.domain.permission.Recipient;
import com.lockvue.domain.uniquecode.UniqueCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Issues lock commands. A command is valid from now for at most {@link #MAX_VALIDITY}, never past the Unique
 * Code's own expiry; times are whole seconds, as locks count them. Refusals are audited in the same committed
 * transaction as the checks that caused them.
 *
 * <p>Issuance is limited per session (a code session, or an owner) and, for code sessions, per lock across all of
 * them ({@link LockCommandLimits}); a limit's refusals are audited once per window, so a client that hammers the
 * endpoint cannot flood the audit trail. The owner's own commands do not count towards a lock's limit, so no
 * guest can stop the owner operating their lock.
 */
public class IssueLockCommandService implements IssueLockCommandUseCase, GetTrustAnchorsQuery {
    public static final Duration MAX_VALIDITY = Duration.ofSeconds(60);

    private final CodeSessions sessions;
    private final AttemptLimiter limiter;
    private final LockCommandLimits limits;
    private final LockRepository locks;
    private final PermissionRepository permissions;
    private final LockCommandSigner signer;
    private final AuditLog audit;
    private final TransactionRunner tx;
    private final Clock clock;

    public IssueLockCommandService(CodeSessions sessions, AttemptLimiter limiter, LockCommandLimits limits,
            LockRepository locks, PermissionRepository permissions, LockCommandSigner signer, AuditLog audit,
            TransactionRunner tx, Clock clock) {
        this.sessions = sessions;
        this.limiter = limiter;
        this.limits = limits;
        this.locks = locks;
        this.permissions = permissions;
        this.signer = signer;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public IssuedLockCommand issue(CodeSession session, LockId lockId, IssueLockCommandCommand command) {
        validate(command);
        return tx.inTransactionKeepingRefusals(() -> {
            Instant now = clock.instant();
            AuditEvent.Builder event = AuditEvent.of(AuditAction.LOCK_COMMAND_ISSUED,
                            Actor.uniqueCode(session.uniqueCodeId()), now)
                    .account(session.accountId()).uniqueCode(session.uniqueCodeId()).lock(lockId)
                    .from(session.clientAddress());
            requireWithinLimits(event, now,
                    "lock-command:session:" + session.uniqueCodeId() + ":" + session.deviceId().value(),
                    "lock-command:lock:" + lockId);
            try {
                UniqueCode code = sessions.requireValid(session, now);
                Permission permission = permissions.findForRecipient(new Recipient.UniqueCode(code.id()), lockId)
                        .orElseThrow(() -> lockNotFound(lockId));
                event.permission(permission.id());
                requireAllowed(permission.level(), command);
                return issued(event, sign(lockId, command, permission.level(), now, code.expiresAt()));
            } catch (DomainFailure refused) {
                throw refused(event, refused);
            }
        });
    }

    @Override
    public IssuedLockCommand issue(AccountAdmin admin, LockId lockId, IssueLockCommandCommand command) {
        validate(command);
        return tx.inTransactionKeepingRefusals(() -> {
            Instant now = clock.instant();
            AuditEvent.Builder event = AuditEvent.of(AuditAction.LOCK_COMMAND_ISSUED, Actor.user(admin.userId()), now)
                    .account(admin.accountId()).lock(lockId).from(admin.clientAddress());
            requireWithinLimits(event, now, "lock-command:user:" + admin.userId());
            try {
                locks.findById(admin.accountId(), lockId).orElseThrow(() -> lockNotFound(lockId));
                return issued(event, sign(lockId, command, PermissionLevel.ADMIN, now, null));
            } catch (DomainFailure refused) {
                throw refused(event, refused);
            }
        });
    }

    /** The first key is the caller's own (per-session limit), a second one the lock's (per-lock limit). */
    private void requireWithinLimits(AuditEvent.Builder event, Instant now, String sessionKey, String... lockKey) {
        Decision bySession = limiter.register(sessionKey, limits.perSession(), limits.window(), now);
        // A session its own limit refuses is not counted for the lock: one session cannot use up everyone's allowance.
        Decision byLock = lockKey.length == 0 || !bySession.allowed() ? Decision.allow()
                : limiter.register(lockKey[0], limits.perLock(), limits.window(), now);
        if (bySession.allowed() && byLock.allowed()) {
            return;
        }
        if (bySession.firstRefusal() || byLock.firstRefusal()) {
            audit.append(event.failed(FailureCode.TOO_MANY_ATTEMPTS.slug()
                    + (bySession.allowed() ? " per-lock" : " per-session")).build());
        }
        throw new TooManyAttempts("Too many lock commands; try again later", Decision.longestWait(bySession, byLock));
    }
    @Override
    public List<TrustAnchor> trustAnchors(AccountAdmin admin, LockId lockId) {
        return tx.inTransaction(() -> {
            locks.findById(admin.accountId(), lockId).orElseThrow(() -> lockNotFound(lockId));
            return signer.trustAnchors();
        });
    }

    private IssuedLockCommand sign(LockId lockId, IssueLockCommandCommand command, PermissionLevel level, Instant now,
            Instant codeExpiry) {
        Instant notBefore = now.truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = notBefore.plus(MAX_VALIDITY);
        if (codeExpiry != null && codeExpiry.isBefore(expiresAt)) {
            expiresAt = codeExpiry.truncatedTo(ChronoUnit.SECONDS);
        }
        if (!expiresAt.isAfter(notBefore)) {
            throw new RuleViolation(FailureCode.UNIQUE_CODE_EXPIRED, "The Unique Code expires within a second");
        }
        UUID commandId = UUID.randomUUID();
        LockCommandClaims claims = new LockCommandClaims(lockId, commandId, notBefore, notBefore, expiresAt,
                command.action(), level, command.nonce());
        return new IssuedLockCommand(commandId, signer.sign(claims), command.action(), level);
    }

    private static void requireAllowed(PermissionLevel level, IssueLockCommandCommand command) {
        if (!level.allows(command.action())) {
            throw new RuleViolation(FailureCode.ACTION_NOT_PERMITTED,
                    command.action() + " needs " + command.action().minimumLevel() + " or above; this code has " + level);
        }
    }

    private static void validate(IssueLockCommandCommand command) {
        new Check()
                .require(command.nonce() != null && command.nonce().length == LockCommandClaims.NONCE_LENGTH, "/nonce",
                        "must be the lock's 16-byte nonce, base64url without padding")
                .require(command.action() != null, "/action", "is required")
                .orThrow();
    }

    private static NotFound lockNotFound(LockId lockId) {
        return new NotFound(FailureCode.LOCK_NOT_FOUND, "No lock " + lockId + " is shared with this caller");
    }

    private IssuedLockCommand issued(AuditEvent.Builder event, IssuedLockCommand issued) {
        audit.append(event.note(issued.action() + " level=" + issued.level() + " command=" + issued.commandId()).build());
        return issued;
    }

    private DomainFailure refused(AuditEvent.Builder event, DomainFailure refused) {
        audit.append(event.failed(refused.code().slug()).build());
        return refused;
    }
}
