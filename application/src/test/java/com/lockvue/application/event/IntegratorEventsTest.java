package com.lockvue.application.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lockvue.application.fakes.FakeWorld;
import com.lockvue.application.fakes.RecordingLockCommandSigner;
import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.CodeLoginUseCase.CodeLoginCommand;
import com.lockvue.application.port.in.CodeSession;
import com.lockvue.application.port.in.IssueLockCommandUseCase.IssueLockCommandCommand;
import com.lockvue.application.port.in.ManageSettingsUseCase.UpdateSettingsCommand;
import com.lockvue.application.port.in.CreateUniqueCodeUseCase.CreateUniqueCodeCommand;
import com.lockvue.application.port.in.ShareLocksUseCase.ShareLocksCommand;
import com.lockvue.application.service.CodeLoginService;
import com.lockvue.application.service.CodeSessionGuard;
import com.lockvue.application.service.CreateUniqueCodeService;
import com.lockvue.application.service.DeleteUniqueCodeService;
import com.lockvue.application.service.IssueLockCommandService;
import com.lockvue.application.service.LockCommandLimits;
import com.lockvue.application.service.ManageSettingsService;
import com.lockvue.application.service.ShareLocksService;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.failure.DomainFailure;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.lock.Nonce;
import com.lockvue.domain.permission.LockAction;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.domain.permission.Recipient;
import com.lockvue.domain.uniquecode.DeviceId;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.webhook.EventType;
import com.lockvue.application.port.in.UpdateUniqueCodeUseCase.UpdateUniqueCodeCommand;
import com.lockvue.application.service.SuspendUniqueCodeService;
import com.lockvue.application.service.UpdateUniqueCodeService;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.uniquecode.CodeValue;
import com.lockvue.domain.uniquecode.UseLimits;
import com.lockvue.domain.uniquecode.WeeklySchedule;
import java.util.Optional;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What integrators are told follows the audit trail exactly: each recorded change makes its event (same id,
 * same instant, in the same transaction), a refusal that is recorded makes its refusal event, a change rolled back
 * makes none, and nothing secret is ever in a body.
 */
class IntegratorEventsTest {
    final FakeWorld world = new FakeWorld();
    Account account;
    AccountAdmin admin;
    Lock door;

    @BeforeEach
    void seed() {
        account = world.account();
        admin = world.adminOf(account);
        door = world.lock(account, "Front door");
    }

    @Test
    void creatingACodeTellsItsDescriptionAndExpiryButNeverItsValue() {
        var created = new CreateUniqueCodeService(world.accounts, world.codes, world.audited, new SplittableRandom(3))
                .create(admin, new CreateUniqueCodeCommand("Plumber \"Bob\"", world.clock.instant().plus(Duration.ofDays(2))));

        IntegratorEvent event = single();
        AuditEvent audit = world.audit.single();
        assertThat(event.id()).isEqualTo(audit.id());
        assertThat(event.type()).isEqualTo(EventType.UNIQUE_CODE_CREATED);
        assertThat(event.body()).isEqualTo("{\"id\":\"" + audit.id() + "\",\"type\":\"unique_code.created\",\"timestamp\":\""
                + FakeWorld.START + "\",\"accountId\":\"" + account.id() + "\",\"actor\":{\"type\":\"USER\",\"id\":\""
                + admin.actor().id() + "\"},\"data\":{\"uniqueCodeId\":\"" + created.code().id()
                + "\",\"description\":\"Plumber \\\"Bob\\\"\",\"createdAt\":\"" + FakeWorld.START + "\",\"expiresAt\":\""
                + FakeWorld.START.plus(Duration.ofDays(2)) + "\"}}");
        assertThat(event.body()).doesNotContain(created.value().canonical()).doesNotContain(created.value().display());
    }

    @Test
    void deletingACodeTellsEachRevokedPermissionThenTheDeletionInOrder() {
        UniqueCode code = world.code(account, "ABCD-EFGH-JKMN", Duration.ofDays(7));
        world.share(door, code, PermissionLevel.MAINTENANCE);
        new DeleteUniqueCodeService(world.codes, world.permissions, world.audited).delete(admin, code.id());

        assertThat(world.outbox.types()).containsExactly(EventType.PERMISSION_REVOKED, EventType.UNIQUE_CODE_DELETED);
        assertThat(world.outbox.events()).extracting(IntegratorEvent::id)
                .containsExactlyElementsOf(world.audit.events().stream().map(AuditEvent::id).toList());
        assertThat(world.outbox.events().get(0).body()).contains("\"level\":\"MAINTENANCE\"")
                .contains("\"cause\":\"UNIQUE_CODE_DELETED\"");
    }

    @Test
    void sharingTellsGrantsAndLevelChangesButNotAShareThatChangedNothing() {
        UniqueCode code = world.code(account, "ABCD-EFGH-JKMN", Duration.ofDays(7));
        ShareLocksService share = new ShareLocksService(world.accounts, world.locks, world.codes, world.permissions,
                world.audited);
        Recipient to = new Recipient.UniqueCode(code.id());
        share.share(admin, new ShareLocksCommand(List.of(door.id()), to, PermissionLevel.RESTRICTED));
        share.share(admin, new ShareLocksCommand(List.of(door.id()), to, PermissionLevel.RESTRICTED));
        share.share(admin, new ShareLocksCommand(List.of(door.id()), to, PermissionLevel.MAINTENANCE));

        assertThat(world.outbox.types()).containsExactly(EventType.PERMISSION_GRANTED, EventType.PERMISSION_CHANGED);
        assertThat(world.outbox.events().get(1).body())
                .contains("\"level\":\"MAINTENANCE\",\"previousLevel\":\"RESTRICTED\"");
    }

    @Test
    void aRefusedCodeLoginOfAKnownCodeIsToldWithItsReasonAndAnUnknownCodeTellsNobody() {
        UniqueCode code = world.code(account, "ABCD-EFGH-JKMN", Duration.ofDays(7));
        CodeLoginService login = new CodeLoginService(world.accounts, world.codes, world.limiter, world.limits,
                Duration.ofHours(12), world.audited);
        login.logIn(CodeLoginCommand.of("abcdefghjkmn", "phone-0001", FakeWorld.ADDRESS));
        assertThatThrownBy(() -> login.logIn(CodeLoginCommand.of("abcdefghjkmn", "phone-0002", FakeWorld.ADDRESS)))
                .isInstanceOf(DomainFailure.class);
        assertThatThrownBy(() -> login.logIn(CodeLoginCommand.of("ZZZZZZZZZZZZ", "phone-0003", FakeWorld.ADDRESS)))
                .isInstanceOf(DomainFailure.class);

        assertThat(world.outbox.types()).containsExactly(EventType.CODE_LOGIN_SUCCEEDED, EventType.CODE_LOGIN_REFUSED);
        assertThat(world.outbox.events().get(1).body()).contains("\"uniqueCodeId\":\"" + code.id() + "\"")
                .contains("\"deviceId\":\"phone-0002\"").contains("\"reason\":\"code-bound-to-other-device\"")
                .doesNotContain("ABCD").doesNotContain("abcd");
    }

    @Test
    void issuedAndRefusedLockCommandsAreToldAndAnOwnersCommandNamesNoCode() {
        UniqueCode code = world.code(account, "ABCD-EFGH-JKMN", Duration.ofDays(7));
        UniqueCode bound = world.codes.findById(account.id(), code.id()).orElseThrow();
        DeviceId phone = new DeviceId("phone-0001");
        bound.admitDevice(phone, world.clock.instant());
        world.codes.update(bound);
        world.share(door, code, PermissionLevel.RESTRICTED);
        IssueLockCommandService commands = new IssueLockCommandService(new CodeSessionGuard(world.sessionStates),
                world.limiter, new LockCommandLimits(10, 10, Duration.ofMinutes(1)), world.locks, world.codes,
                new RecordingLockCommandSigner(), world.audited);
        CodeSession session = new CodeSession(code.id(), account.id(), phone, FakeWorld.ADDRESS);
        Nonce nonce = Nonce.of(new byte[Nonce.LENGTH]);

        var issued = commands.issue(session, door.id(), new IssueLockCommandCommand(nonce, LockAction.UNLOCK));
        assertThatThrownBy(() -> commands.issue(session, door.id(),
                new IssueLockCommandCommand(nonce, LockAction.BATTERY_STATUS))).isInstanceOf(DomainFailure.class);
        commands.issue(admin, door.id(), new IssueLockCommandCommand(nonce, LockAction.TIME_SYNC));

        assertThat(world.outbox.types()).containsExactly(EventType.LOCK_COMMAND_ISSUED, EventType.LOCK_COMMAND_REFUSED,
                EventType.LOCK_COMMAND_ISSUED);
        assertThat(world.outbox.events().get(0).body()).contains("\"commandId\":\"" + issued.commandId() + "\"")
                .contains("\"action\":\"UNLOCK\",\"level\":\"RESTRICTED\"")
                .contains("\"actor\":{\"type\":\"UNIQUE_CODE\",\"id\":\"" + code.id() + "\"}");
        assertThat(world.outbox.events().get(1).body()).contains("\"action\":\"BATTERY_STATUS\",\"reason\":\"action-not-permitted\"");
        assertThat(world.outbox.events().get(2).body()).contains("\"uniqueCodeId\":null");
    }

    @Test
    void aChangeThatIsRolledBackTellsNothing() {
        world.setUniqueCodesEnabled(account, false);
        CreateUniqueCodeService create = new CreateUniqueCodeService(world.accounts, world.codes, world.audited,
                new SplittableRandom(3));
        assertThatThrownBy(() -> create.create(admin, new CreateUniqueCodeCommand("Guest",
                world.clock.instant().plus(Duration.ofDays(1))))).isInstanceOf(DomainFailure.class);
        assertThat(world.outbox.events()).isEmpty();
    }

    @Test
    void aSettingsChangeTellsTheSettingsAfterItAndNoChangeTellsNothing() {
        ManageSettingsService settings = new ManageSettingsService(world.accounts, world.audited, world.tx);
        settings.update(admin, new UpdateSettingsCommand(true, null, null));
        settings.update(admin, new UpdateSettingsCommand(null, java.time.ZoneId.of("Europe/Kyiv"), null));

        assertThat(world.outbox.types()).containsExactly(EventType.SETTINGS_CHANGED);
        assertThat(single().body()).contains("\"data\":{\"uniqueCodesEnabled\":true,\"timeZone\":\"Europe/Kyiv\"}");
    }

    @Test
    void editingSuspendingAndResumingACodeAreEachToldAsAnUpdateWithTheTermsAfterIt() {
        UniqueCode code = world.code(account, "ABCD-EFGH-JKMN", Duration.ofDays(7));
        var update = new UpdateUniqueCodeService(world.accounts, world.codes, world.codeViews, world.audited);
        var suspension = new SuspendUniqueCodeService(world.codes, world.codeViews, world.audited);

        update.update(admin, code.id(), new UpdateUniqueCodeCommand("Window cleaner", null, null, null, Optional.of(3),
                null, null));
        suspension.suspend(admin, code.id());
        suspension.suspend(admin, code.id()); // already suspended: nothing happened, nothing is told
        suspension.resume(admin, code.id());

        assertThat(world.outbox.types()).containsExactly(EventType.UNIQUE_CODE_UPDATED, EventType.UNIQUE_CODE_UPDATED,
                EventType.UNIQUE_CODE_UPDATED);
        List<AuditEvent> audits = world.audit.events();
        for (int i = 0; i < 3; i++) {
            assertThat(world.outbox.events().get(i).id()).isEqualTo(audits.get(audits.size() - 3 + i).id());
        }
        String terms = "\"description\":\"Window cleaner\",\"startsAt\":\"" + FakeWorld.START + "\",\"expiresAt\":\""
                + FakeWorld.START.plus(Duration.ofDays(7)) + "\",\"maxUnlocks\":3";
        assertThat(world.outbox.events().get(0).body()).contains("\"data\":{\"uniqueCodeId\":\"" + code.id()
                + "\",\"change\":\"TERMS\"," + terms + ",\"suspended\":false}");
        assertThat(world.outbox.events().get(1).body()).contains("\"change\":\"SUSPENDED\"," + terms + ",\"suspended\":true}");
        assertThat(world.outbox.events().get(2).body()).contains("\"change\":\"RESUMED\"," + terms + ",\"suspended\":false}");
    }

    @Test
    void theUnlockThatUsesUpAOneTimeCodeIsFollowedByItsExhaustion() {
        UniqueCode code = UniqueCode.create(account.id(), "Delivery", null, world.clock.instant().plus(Duration.ofDays(1)),
                WeeklySchedule.always(), new UseLimits(1, null), world.clock.instant(), account.settings().timeZone());
        DeviceId phone = new DeviceId("phone-0001");
        code.admitDevice(phone, world.clock.instant());
        world.codes.add(code, CodeValue.parse("ABCD-EFGH-JKMN"));
        world.share(door, code, PermissionLevel.RESTRICTED);
        IssueLockCommandService commands = new IssueLockCommandService(new CodeSessionGuard(world.sessionStates),
                world.limiter, new LockCommandLimits(10, 10, Duration.ofMinutes(1)), world.locks,
                world.codes, new RecordingLockCommandSigner(), world.audited);
        CodeSession session = new CodeSession(code.id(), account.id(), phone, FakeWorld.ADDRESS);
        Nonce nonce = Nonce.of(new byte[Nonce.LENGTH]);

        commands.issue(session, door.id(), new IssueLockCommandCommand(nonce, LockAction.UNLOCK));
        assertThatThrownBy(() -> commands.issue(session, door.id(), new IssueLockCommandCommand(nonce, LockAction.UNLOCK)))
                .isInstanceOf(DomainFailure.class);

        assertThat(world.outbox.types()).containsExactly(EventType.LOCK_COMMAND_ISSUED, EventType.UNIQUE_CODE_EXHAUSTED,
                EventType.LOCK_COMMAND_REFUSED);
        assertThat(world.audit.events(AuditAction.UNIQUE_CODE_EXHAUSTED)).singleElement()
                .satisfies(e -> assertThat(e.id()).isEqualTo(world.outbox.events().get(1).id()));
        assertThat(world.outbox.events().get(1).body())
                .contains("\"actor\":{\"type\":\"UNIQUE_CODE\",\"id\":\"" + code.id() + "\"}")
                .contains("\"data\":{\"uniqueCodeId\":\"" + code.id()
                        + "\",\"description\":\"Delivery\",\"unlocksUsed\":1,\"maxUnlocks\":1}");
        assertThat(world.outbox.events().get(2).body()).contains("\"reason\":\"unique-code-exhausted\"");
    }

    private IntegratorEvent single() {
        assertThat(world.outbox.events()).hasSize(1);
        return world.outbox.events().get(0);
    }
}
