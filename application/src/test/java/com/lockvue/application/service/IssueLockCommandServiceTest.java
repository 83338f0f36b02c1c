package com.lockvue.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.application.fakes.FakeWorld;
import com.lockvue.application.fakes.RecordingLockCommandSigner;
import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.CodeSession;
import com.lockvue.application.port.in.IssueLockCommandUseCase.IssueLockCommandCommand;
import com.lockvue.application.port.in.IssueLockCommandUseCase.IssuedLockCommand;
import com.lockvue.application.port.out.LockCommandClaims;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.audit.AuditOutcome;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotFound;
import com.lockvue.domain.failure.RuleViolation;
import com.lockvue.domain.failure.TooManyAttempts;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.lock.Nonce;
import com.lockvue.domain.permission.LockAction;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.domain.uniquecode.DeviceId;
import com.lockvue.domain.uniquecode.UniqueCode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IssueLockCommandServiceTest {
    static final DeviceId PHONE = new DeviceId("phone-0001");
    static final Nonce NONCE = Nonce.of(new byte[Nonce.LENGTH]);

    final FakeWorld world = new FakeWorld();
    final RecordingLockCommandSigner signer = new RecordingLockCommandSigner();
    final LockCommandLimits limits = new LockCommandLimits(4, 6, Duration.ofMinutes(1));
    final IssueLockCommandService service = new IssueLockCommandService(
            new CodeSessionGuard(world.sessionStates), world.limiter, limits, world.locks, world.codes, signer,
            world.audited);
    Account account;
    Lock door;
    UniqueCode code;

    @BeforeEach
    void seed() {
        account = world.account();
        door = world.lock(account, "Front door");
        code = world.code(account, "ABCD-EFGH-JKMN", Duration.ofDays(7));
        UniqueCode bound = world.codes.findById(account.id(), code.id()).orElseThrow();
        bound.admitDevice(PHONE, world.clock.instant());
        world.codes.update(bound);
    }

    CodeSession session(UniqueCode c) {
        return new CodeSession(c.id(), account.id(), PHONE, FakeWorld.ADDRESS);
    }

    IssuedLockCommand unlock(CodeSession session) {
        return service.issue(session, door.id(), new IssueLockCommandCommand(NONCE, LockAction.UNLOCK));
    }

    @Nested
    class Issuing {
        @Test
        void aSharedCodeGetsASignedCommandForAtMostSixtySecondsAndItIsAudited() {
            world.share(door, code, PermissionLevel.RESTRICTED);
            world.clock.set(Instant.parse("2026-03-10T09:00:00.750Z"));

            IssuedLockCommand issued = unlock(session(code));

            LockCommandClaims claims = signer.signed().get(0);
            assertThat(claims.audience()).isEqualTo(door.id());
            assertThat(claims.notBefore()).isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
            assertThat(claims.expiresAt()).isEqualTo(Instant.parse("2026-03-10T09:01:00Z"));
            assertThat(claims.level()).isEqualTo(PermissionLevel.RESTRICTED);
            assertThat(issued.commandId()).isEqualTo(claims.commandId());
            AuditEvent event = world.audit.single();
            assertThat(event.action()).isEqualTo(AuditAction.LOCK_COMMAND_ISSUED);
            assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(event.reason()).contains("UNLOCK", issued.commandId().toString());
        }

        @Test
        void aCommandNeverOutlivesTheCode() {
            world.share(door, code, PermissionLevel.RESTRICTED);
            world.clock.set(code.expiresAt().minusSeconds(20));
            unlock(session(code));
            assertThat(signer.signed().get(0).expiresAt()).isEqualTo(code.expiresAt());
        }

        @Test
        void anUnsharedLockIsNotFoundAndTheRefusalIsAuditedAndCommitted() {
            NotFound refused = catchThrowableOfType(NotFound.class, () -> unlock(session(code)));
            assertThat(refused.code()).isEqualTo(FailureCode.LOCK_NOT_FOUND);
            assertThat(world.audit.single().outcome()).isEqualTo(AuditOutcome.FAILURE);
            assertThat(world.tx.rollbacks()).isZero();
            assertThat(signer.signed()).isEmpty();
        }

        @Test
        void aRestrictedCodeCannotSyncTheLocksTime() {
            world.share(door, code, PermissionLevel.RESTRICTED);
            RuleViolation refused = catchThrowableOfType(RuleViolation.class, () -> service.issue(session(code),
                    door.id(), new IssueLockCommandCommand(NONCE, LockAction.TIME_SYNC)));
            assertThat(refused.code()).isEqualTo(FailureCode.ACTION_NOT_PERMITTED);
        }

        @Test
        void theOwnerGetsAnAdminLevelCommandForTheirOwnLock() {
            AccountAdmin owner = world.adminOf(account);
            service.issue(owner, door.id(), new IssueLockCommandCommand(NONCE, LockAction.TIME_SYNC));
            assertThat(signer.signed().get(0).level()).isEqualTo(PermissionLevel.ADMIN);
        }
    }

    @Nested
    class Limits {
        @Test
        void aSessionOverItsLimitIsRefusedWithRetryAfterAndAuditedOncePerWindow() {
            world.share(door, code, PermissionLevel.RESTRICTED);
            for (int i = 0; i < limits.perSession(); i++) {
                unlock(session(code));
            }
            for (int i = 0; i < 5; i++) {
                TooManyAttempts refused = catchThrowableOfType(TooManyAttempts.class, () -> unlock(session(code)));
                assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(limits.window());
            }
            List<AuditEvent> refusals = world.audit.events(AuditAction.LOCK_COMMAND_ISSUED).stream()
                    .filter(e -> e.outcome() == AuditOutcome.FAILURE).toList();
            assertThat(refusals).singleElement()
                    .satisfies(e -> assertThat(e.reason()).isEqualTo("too-many-attempts per-session"));
            assertThat(signer.signed()).hasSize(limits.perSession());

            world.clock.advance(limits.window());
            assertThat(unlock(session(code)).commandId()).isNotNull();
        }

        @Test
        void allSessionsTogetherAreLimitedPerLockButTheOwnerIsNot() {
            UniqueCode second = world.code(account, "MNPQ-RSTV-WXYZ", Duration.ofDays(7));
            UniqueCode bound = world.codes.findById(account.id(), second.id()).orElseThrow();
            bound.admitDevice(PHONE, world.clock.instant());
            world.codes.update(bound);
            world.share(door, code, PermissionLevel.RESTRICTED);
            world.share(door, second, PermissionLevel.RESTRICTED);
            for (int i = 0; i < limits.perLock(); i++) {
                unlock(session(i % 2 == 0 ? code : second));
            }
            TooManyAttempts refused = catchThrowableOfType(TooManyAttempts.class, () -> unlock(session(second)));
            assertThat(refused).isNotNull();
            assertThat(world.audit.last().reason()).isEqualTo("too-many-attempts per-lock");

            AccountAdmin owner = world.adminOf(account);
            assertThat(service.issue(owner, door.id(), new IssueLockCommandCommand(NONCE, LockAction.UNLOCK)))
                    .isNotNull();
        }

        @Test
        void theOwnerHasAPerSessionLimitToo() {
            AccountAdmin owner = world.adminOf(account);
            for (int i = 0; i < limits.perSession(); i++) {
                service.issue(owner, door.id(), new IssueLockCommandCommand(NONCE, LockAction.UNLOCK));
            }
            assertThat(catchThrowableOfType(TooManyAttempts.class,
                    () -> service.issue(owner, door.id(), new IssueLockCommandCommand(NONCE, LockAction.UNLOCK))))
                    .isNotNull();
        }
    }
}
