package com.lockvue.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.application.fakes.FakeWorld;
import com.lockvue.application.fakes.RecordingLockCommandSigner;
import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.CodeSession;
import com.lockvue.application.port.in.IssueLockCommandUseCase.IssueLockCommandCommand;
import com.lockvue.application.port.in.UpdateUniqueCodeUseCase.UpdateUniqueCodeCommand;
import com.lockvue.domain.uniquecode.WeeklyWindowsInput;
import com.lockvue.application.view.Diagnosis;
import com.lockvue.application.view.LockAccess;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.audit.AuditOutcome;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.failure.PreconditionFailed;
import com.lockvue.domain.failure.RuleViolation;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.lock.Nonce;
import com.lockvue.domain.permission.LockAction;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.domain.uniquecode.AccessBlock;
import com.lockvue.domain.uniquecode.AccessBlock.Reason;
import com.lockvue.domain.uniquecode.CodeTerms;
import com.lockvue.domain.uniquecode.CodeValue;
import com.lockvue.domain.uniquecode.DeviceId;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;
import com.lockvue.domain.uniquecode.UseLimits;
import com.lockvue.domain.uniquecode.WeeklySchedule;
import com.lockvue.domain.failure.Check;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The access rules as the use cases apply them: lock commands, the guest's view, editing, suspension, diagnosis. */
class AccessRulesServicesTest {
    static final DeviceId PHONE = new DeviceId("phone-0001");
    static final Nonce NONCE = Nonce.of(new byte[Nonce.LENGTH]);

    final FakeWorld world = new FakeWorld();
    final RecordingLockCommandSigner signer = new RecordingLockCommandSigner();
    final LockCommandLimits commandLimits = new LockCommandLimits(60, 240, Duration.ofMinutes(1));
    final CodeSessionGuard guard = new CodeSessionGuard(world.sessionStates);
    final IssueLockCommandService commands = new IssueLockCommandService(guard, world.limiter, commandLimits,
            world.locks, world.codes, signer, world.audited);
    final ListSharedLocksService sharedLocks = new ListSharedLocksService(guard, world.clock);
    final UpdateUniqueCodeService update = new UpdateUniqueCodeService(world.accounts, world.codes, world.codeViews,
            world.audited);
    final SuspendUniqueCodeService suspension = new SuspendUniqueCodeService(world.codes, world.codeViews, world.audited);
    final DiagnoseUniqueCodeService diagnosis = new DiagnoseUniqueCodeService(world.accounts, world.codes, world.locks,
            world.permissions, world.audit, world.limiter, world.limits, commandLimits, world.tx, world.clock);
    Account account;
    AccountAdmin owner;
    Lock door;

    @BeforeEach
    void seed() {
        account = world.account(true, ZoneId.of("Europe/London"));
        owner = world.adminOf(account);
        door = world.lock(account, "Front door");
    }

    UniqueCode code(Instant startsAt, WeeklySchedule schedule, UseLimits limits) {
        Instant now = world.clock.instant();
        UniqueCode code = UniqueCode.create(account.id(), "Guest", startsAt, now.plus(Duration.ofDays(30)), schedule,
                limits, now, account.settings().timeZone());
        code.admitDevice(PHONE, now);
        world.codes.add(code, CodeValue.parse("ABCD-EFGH-JKMN"));
        world.share(door, code, PermissionLevel.MAINTENANCE);
        return code;
    }

    CodeSession session(UniqueCode code) {
        return new CodeSession(code.id(), account.id(), PHONE, FakeWorld.ADDRESS);
    }

    RuleViolation refused(UniqueCode code, LockAction action) {
        return catchThrowableOfType(RuleViolation.class,
                () -> commands.issue(session(code), door.id(), new IssueLockCommandCommand(NONCE, action)));
    }

    static WeeklySchedule schedule(String days, String start, String end) {
        Check check = new Check();
        WeeklySchedule parsed = WeeklyWindowsInput.parse(List.of(new WeeklyWindowsInput.Raw(List.of(days.split(",")),
                start, end)), check);
        check.orThrow();
        return parsed;
    }

    @Nested
    class LockCommands {
        @Test
        void aScheduledCodeGetsNoCommandUntilItsStartAndTheRefusalIsAudited() {
            UniqueCode code = code(world.clock.instant().plusSeconds(3600), WeeklySchedule.always(), UseLimits.none());
            assertThat(refused(code, LockAction.UNLOCK).code()).isEqualTo(FailureCode.UNIQUE_CODE_NOT_STARTED);
            assertThat(world.audit.last().reason()).isEqualTo("unique-code-not-started");
            world.clock.set(code.startsAt());
            commands.issue(session(code), door.id(), new IssueLockCommandCommand(NONCE, LockAction.UNLOCK));
            assertThat(signer.signed()).hasSize(1);
        }

        @Test
        void aCommandInsideAWindowIsValidOnlyUntilTheWindowCloses() {
            // Tuesday 2026-03-10 in London is on GMT: the window closes at 09:01:00Z.
            world.clock.set(Instant.parse("2026-03-10T09:00:00Z"));
            UniqueCode code = code(null, schedule("TUESDAY", "08:00", "09:01"), UseLimits.none());
            world.clock.set(Instant.parse("2026-03-10T09:00:40.5Z"));
            commands.issue(session(code), door.id(), new IssueLockCommandCommand(NONCE, LockAction.UNLOCK));
            assertThat(signer.signed().get(0).expiresAt()).isEqualTo(Instant.parse("2026-03-10T09:01:00Z"));
            world.clock.set(Instant.parse("2026-03-10T09:00:59.999999Z"));
            commands.issue(session(code), door.id(), new IssueLockCommandCommand(NONCE, LockAction.UNLOCK));
            assertThat(signer.signed().get(1).expiresAt()).isEqualTo(Instant.parse("2026-03-10T09:01:00Z"));
            world.clock.set(Instant.parse("2026-03-10T09:01:00Z"));
            assertThat(refused(code, LockAction.UNLOCK).code()).isEqualTo(FailureCode.OUTSIDE_ACCESS_WINDOW);
        }

        @Test
        void aOneTimeCodeIssuesOneUnlockAndThenIsExhaustedWhileMaintenanceIsNotCounted() {
            UniqueCode code = code(null, WeeklySchedule.always(), new UseLimits(1, null));
            commands.issue(session(code), door.id(), new IssueLockCommandCommand(NONCE, LockAction.BATTERY_STATUS));
            commands.issue(session(code), door.id(), new IssueLockCommandCommand(NONCE, LockAction.UNLOCK));
            List<AuditEvent> issued = world.audit.events(AuditAction.LOCK_COMMAND_ISSUED);
            assertThat(issued.get(issued.size() - 1).reason()).endsWith("unlocks=1/1");
            assertThat(world.audit.last().action()).as("the unlock that used it up is followed by its exhaustion")
                    .isEqualTo(AuditAction.UNIQUE_CODE_EXHAUSTED);
            assertThat(refused(code, LockAction.UNLOCK).code()).isEqualTo(FailureCode.UNIQUE_CODE_EXHAUSTED);
            UniqueCode stored = world.codes.findById(account.id(), code.id()).orElseThrow();
            assertThat(stored.usage().unlocksUsed()).isEqualTo(1);
            assertThat(stored.statusAt(world.clock.instant())).isEqualTo(UniqueCodeStatus.EXHAUSTED);
            assertThat(signer.signed()).hasSize(2);
        }

        @Test
        void aCodeThatExpiresMinutesAfterItsFirstUnlockCapsItsCommandsAndItsStatus() {
            UniqueCode code = code(null, WeeklySchedule.always(), new UseLimits(null, 15));
            Instant first = world.clock.instant();
            commands.issue(session(code), door.id(), new IssueLockCommandCommand(NONCE, LockAction.UNLOCK));
            world.clock.set(first.plus(Duration.ofMinutes(15)).minusSeconds(20));
            commands.issue(session(code), door.id(), new IssueLockCommandCommand(NONCE, LockAction.UNLOCK));
            assertThat(signer.signed().get(1).expiresAt()).isEqualTo(first.plus(Duration.ofMinutes(15)));
            world.clock.set(first.plus(Duration.ofMinutes(15)));
            assertThat(refused(code, LockAction.UNLOCK).code()).isEqualTo(FailureCode.UNIQUE_CODE_EXPIRED);
        }
    }

    @Nested
    class GuestView {
        @Test
        void theGuestSeesWhenTheCodeOpensNextAndUntilWhenItIsOpen() {
            world.clock.set(Instant.parse("2026-03-10T07:00:00Z"));
            UniqueCode code = code(null, schedule("TUESDAY", "08:00", "17:00"), UseLimits.none());
            LockAccess closed = sharedLocks.list(session(code)).access();
            assertThat(closed.state()).isEqualTo(LockAccess.State.OPENS_LATER);
            assertThat(closed.opensAt()).isEqualTo(Instant.parse("2026-03-10T08:00:00Z"));
            assertThat(closed.blocks()).extracting(AccessBlock::reason).containsExactly(Reason.OUTSIDE_WINDOWS);
            world.clock.set(Instant.parse("2026-03-10T08:00:00Z"));
            LockAccess open = sharedLocks.list(session(code)).access();
            assertThat(open.state()).isEqualTo(LockAccess.State.OPEN);
            assertThat(open.openUntil()).isEqualTo(Instant.parse("2026-03-10T17:00:00Z"));
        }

        @Test
        void anExhaustedCodeNeverOpensAgainByItself() {
            UniqueCode code = code(null, WeeklySchedule.always(), new UseLimits(1, null));
            commands.issue(session(code), door.id(), new IssueLockCommandCommand(NONCE, LockAction.UNLOCK));
            var locks = sharedLocks.list(session(code));
            assertThat(locks.access().state()).isEqualTo(LockAccess.State.NEVER);
            assertThat(locks.code().status()).isEqualTo(UniqueCodeStatus.EXHAUSTED);
        }
    }

    @Nested
    class Editing {
        @Test
        void aChangeIsAuditedWithWhatItWasAndWhatItBecame() {
            UniqueCode code = code(null, WeeklySchedule.always(), UseLimits.none());
            var view = update.update(owner, code.id(), new UpdateUniqueCodeCommand("Cleaner", null, null,
                    schedule("MONDAY,FRIDAY", "09:00", "17:00"), Optional.of(3), null, 0L));
            assertThat(view.code().version()).isEqualTo(1);
            assertThat(view.code().terms().limits().maxUnlocks()).isEqualTo(3);
            AuditEvent event = world.audit.last();
            assertThat(event.action()).isEqualTo(AuditAction.UNIQUE_CODE_CHANGED);
            assertThat(event.reason()).isEqualTo(
                    "description; weeklyWindows: none -> MON,FRI 09:00-17:00; maxUnlocks: none -> 3");
            update.update(owner, code.id(), new UpdateUniqueCodeCommand(null, null, null, WeeklySchedule.always(),
                    Optional.empty(), null, null));
            assertThat(world.audit.last().reason()).isEqualTo(
                    "weeklyWindows: MON,FRI 09:00-17:00 -> none; maxUnlocks: 3 -> none");
        }

        @Test
        void aChangeOnAStaleVersionIsRefusedAndChangesNothing() {
            UniqueCode code = code(null, WeeklySchedule.always(), UseLimits.none());
            update.update(owner, code.id(), new UpdateUniqueCodeCommand("First", null, null, null, null, null, 0L));
            catchThrowableOfType(PreconditionFailed.class, () -> update.update(owner, code.id(),
                    new UpdateUniqueCodeCommand("Second", null, null, null, null, null, 0L)));
            assertThat(world.codes.findById(account.id(), code.id()).orElseThrow().description()).isEqualTo("First");
            assertThat(world.audit.events(AuditAction.UNIQUE_CODE_CHANGED)).hasSize(1);
        }

        @Test
        void aChangeOutsideTheRulesOfCreationIsRefused() {
            UniqueCode code = code(null, WeeklySchedule.always(), UseLimits.none());
            Instant tooLate = CodeTerms.latestExpiry(code.startsAt(), account.settings().timeZone()).plusNanos(1000);
            InvalidInput invalid = catchThrowableOfType(InvalidInput.class, () -> update.update(owner, code.id(),
                    new UpdateUniqueCodeCommand(null, null, tooLate, null, null, null, null)));
            assertThat(invalid.code()).isEqualTo(FailureCode.EXPIRY_OUT_OF_RANGE);
        }

        @Test
        void badWindowsAndLimitsAreAllReportedAtOnceWithTheirPointers() {
            InvalidInput invalid = catchThrowableOfType(InvalidInput.class, () -> UpdateUniqueCodeCommand.of(null, null,
                    null, true, List.of(new WeeklyWindowsInput.Raw(List.of("FUNDAY"), "25:00", "09:00")),
                    Optional.of(0), null, null));
            assertThat(invalid.fieldErrors()).extracting(e -> e.field()).containsExactly("/weeklyWindows/0/days/0",
                    "/weeklyWindows/0/start", "/maxUnlocks");
        }
    }

    @Nested
    class Suspending {
        @Test
        void aSuspendedCodeEndsItsSessionsRequestsUntilResumedAndBothAreAudited() {
            UniqueCode code = code(null, WeeklySchedule.always(), UseLimits.none());
            assertThat(suspension.suspend(owner, code.id()).status()).isEqualTo(UniqueCodeStatus.SUSPENDED);
            assertThat(catchThrowableOfType(RuleViolation.class, () -> sharedLocks.list(session(code))).code())
                    .isEqualTo(FailureCode.UNIQUE_CODE_SUSPENDED);
            assertThat(refused(code, LockAction.UNLOCK).code()).isEqualTo(FailureCode.UNIQUE_CODE_SUSPENDED);
            suspension.suspend(owner, code.id());
            assertThat(world.audit.events(AuditAction.UNIQUE_CODE_SUSPENDED)).hasSize(1);
            assertThat(suspension.resume(owner, code.id()).status()).isEqualTo(UniqueCodeStatus.ACTIVE);
            assertThat(sharedLocks.list(session(code)).access().state()).isEqualTo(LockAccess.State.OPEN);
            assertThat(world.audit.events(AuditAction.UNIQUE_CODE_RESUMED)).singleElement()
                    .extracting(AuditEvent::outcome).isEqualTo(AuditOutcome.SUCCESS);
        }
    }

    @Nested
    class Diagnosing {
        @Test
        void eachLockAndActionGetsOkOrEveryReasonThatStopsItNow() {
            UniqueCode code = code(world.clock.instant().plusSeconds(3600), WeeklySchedule.always(), UseLimits.none());
            Lock back = world.lock(account, "Back door");
            world.share(back, code, PermissionLevel.RESTRICTED);
            suspension.suspend(owner, code.id());
            Diagnosis found = diagnosis.diagnose(owner, code.id(), null, null);
            assertThat(found.verdicts()).hasSize(6);
            Diagnosis.Verdict backTimeSync = found.verdicts().stream()
                    .filter(v -> v.lockId().equals(back.id()) && v.action() == LockAction.TIME_SYNC).findFirst().orElseThrow();
            assertThat(backTimeSync.blocks()).extracting(AccessBlock::reason)
                    .containsExactly(Reason.SUSPENDED, Reason.NOT_STARTED, Reason.LEVEL_TOO_LOW);
            assertThat(backTimeSync.blocks().get(1).until()).isEqualTo(code.startsAt());
        }

        @Test
        void anActiveSharedCodeIsOkAndARevokedLockSaysSinceWhen() {
            UniqueCode code = code(null, WeeklySchedule.always(), UseLimits.none());
            Diagnosis ok = diagnosis.diagnose(owner, code.id(), door.id(), LockAction.UNLOCK);
            assertThat(ok.verdicts()).singleElement().matches(Diagnosis.Verdict::ok);
            var permission = world.permissions.findForRecipient(new com.lockvue.domain.permission.Recipient.UniqueCode(
                    code.id()), door.id()).orElseThrow();
            new RevokePermissionService(world.permissions, world.audited).revoke(owner, permission.id());
            Diagnosis revoked = diagnosis.diagnose(owner, code.id(), door.id(), LockAction.UNLOCK);
            assertThat(revoked.verdicts()).singleElement().satisfies(v -> {
                assertThat(v.level()).isNull();
                assertThat(v.blocks()).containsExactly(new AccessBlock(Reason.PERMISSION_REVOKED, null,
                        world.clock.instant(), null));
            });
        }

        @Test
        void anotherDevicesRefusalsShowTheBindingAndItsRateLimit() {
            UniqueCode code = code(null, WeeklySchedule.always(), UseLimits.none());
            CodeLoginService logins = new CodeLoginService(world.accounts, world.codes, world.limiter, world.limits,
                    Duration.ofHours(1), world.audited);
            for (int i = 0; i < world.limits.perSubject(); i++) {
                catchThrowableOfType(RuntimeException.class, () -> logins.logIn(
                        com.lockvue.application.port.in.CodeLoginUseCase.CodeLoginCommand.of("ABCD-EFGH-JKMN",
                                "other-phone-1", "198.51.100.4")));
            }
            Diagnosis found = diagnosis.diagnose(owner, code.id(), door.id(), LockAction.UNLOCK);
            assertThat(found.recentFailures()).hasSize(world.limits.perSubject());
            assertThat(found.verdicts().get(0).blocks()).extracting(AccessBlock::reason, AccessBlock::subject)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Reason.BOUND_TO_OTHER_DEVICE, "phone-0001"),
                            org.assertj.core.groups.Tuple.tuple(Reason.DEVICE_RATE_LIMITED, "other-phone-1"));
        }
    }
}
