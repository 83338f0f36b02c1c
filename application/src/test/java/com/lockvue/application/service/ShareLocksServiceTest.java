package com.lockvue.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.application.fakes.FakeWorld;
import com.lockvue.application.port.in.ShareLocksUseCase;
import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.ShareLocksUseCase.ShareLocksCommand;
import com.lockvue.application.view.PermissionView;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.FieldError;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.failure.NotFound;
import com.lockvue.domain.failure.RuleViolation;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.Permission;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.domain.permission.Recipient;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShareLocksServiceTest {
    final FakeWorld world = new FakeWorld();
    final ShareLocksService service = new ShareLocksService(world.accounts, world.locks, world.codes,
            world.permissions, world.audited);
    Account account;
    AccountAdmin admin;
    Lock frontDoor;
    Lock backDoor;
    UniqueCode code;
    Recipient recipient;

    @BeforeEach
    void seed() {
        account = world.account();
        admin = world.adminOf(account);
        frontDoor = world.lock(account, "Front door");
        backDoor = world.lock(account, "Back door");
        code = world.code(account, "ABCD-EFGH-JKMN", Duration.ofDays(7));
        recipient = new Recipient.UniqueCode(code.id());
    }

    List<PermissionView> share(PermissionLevel level, LockId... lockIds) {
        return service.share(admin, new ShareLocksCommand(List.of(lockIds), recipient, level));
    }

    @Test
    void sharesEveryLockAtTheLevelAndAuditsEachGrant() {
        List<PermissionView> views = share(PermissionLevel.RESTRICTED, frontDoor.id(), backDoor.id());

        assertThat(views).extracting(PermissionView::lockName).containsExactly("Front door", "Back door");
        assertThat(views).extracting(v -> v.permission().level()).containsOnly(PermissionLevel.RESTRICTED);
        assertThat(views).extracting(PermissionView::recipientDescription).containsOnly("Cleaner");
        assertThat(views.get(0).lockSerialNumber()).isEqualTo(frontDoor.serialNumber().value());
        assertThat(world.permissions.all()).extracting(Permission::lockId)
                .containsExactlyInAnyOrder(frontDoor.id(), backDoor.id());

        List<AuditEvent> grants = world.audit.events(AuditAction.PERMISSION_GRANTED);
        assertThat(grants).hasSize(2);
        assertThat(grants).extracting(AuditEvent::lockId).containsExactly(frontDoor.id(), backDoor.id());
        assertThat(grants).allSatisfy(e -> {
            assertThat(e.uniqueCodeId()).isEqualTo(code.id());
            assertThat(e.accountId()).isEqualTo(account.id());
            assertThat(e.actor()).isEqualTo(Actor.user(admin.owner().userId()));
            assertThat(e.reason()).isEqualTo("level=RESTRICTED");
        });
        assertThat(grants).extracting(AuditEvent::permissionId)
                .containsExactlyElementsOf(views.stream().map(v -> v.permission().id()).toList());
    }

    @Test
    void oneUnknownLockRefusesTheWholeShareAndAddsNothing() {
        LockId unknown = LockId.random();
        NotFound failure = catchThrowableOfType(NotFound.class,
                () -> share(PermissionLevel.RESTRICTED, frontDoor.id(), unknown, backDoor.id()));

        assertThat(failure.code()).isEqualTo(FailureCode.LOCK_NOT_FOUND);
        assertThat(failure.detail()).contains(unknown.toString());
        assertThat(world.permissions.all()).isEmpty();
        assertThat(world.audit.events()).isEmpty();
    }

    @Test
    void lockOfAnotherAccountIsNotFound() {
        Account other = world.account();
        Lock theirs = world.lock(other, "Their door");
        NotFound failure = catchThrowableOfType(NotFound.class,
                () -> share(PermissionLevel.RESTRICTED, frontDoor.id(), theirs.id()));
        assertThat(failure.code()).isEqualTo(FailureCode.LOCK_NOT_FOUND);
        assertThat(world.permissions.all()).isEmpty();
    }

    @Test
    void sharingAgainAtAnotherLevelChangesItAndAuditsPermissionChanged() {
        PermissionView first = share(PermissionLevel.RESTRICTED, frontDoor.id()).get(0);
        world.clock.advance(Duration.ofMinutes(1));

        PermissionView second = share(PermissionLevel.MAINTENANCE, frontDoor.id()).get(0);

        assertThat(second.permission().id()).isEqualTo(first.permission().id());
        assertThat(second.permission().level()).isEqualTo(PermissionLevel.MAINTENANCE);
        assertThat(world.permissions.all()).singleElement()
                .satisfies(p -> {
                    assertThat(p.level()).isEqualTo(PermissionLevel.MAINTENANCE);
                    assertThat(p.updatedAt()).isEqualTo(FakeWorld.START.plus(Duration.ofMinutes(1)));
                });
        AuditEvent changed = world.audit.last();
        assertThat(changed.action()).isEqualTo(AuditAction.PERMISSION_CHANGED);
        assertThat(changed.permissionId()).isEqualTo(first.permission().id());
        assertThat(changed.reason()).isEqualTo("level=MAINTENANCE");
    }

    @Test
    void sharingAgainAtTheSameLevelChangesNothingAndAuditsNothing() {
        share(PermissionLevel.RESTRICTED, frontDoor.id());
        int eventsBefore = world.audit.events().size();

        List<PermissionView> again = share(PermissionLevel.RESTRICTED, frontDoor.id());

        assertThat(again).singleElement().extracting(v -> v.permission().level()).isEqualTo(PermissionLevel.RESTRICTED);
        assertThat(world.audit.events()).hasSize(eventsBefore);
        assertThat(world.permissions.all()).hasSize(1);
    }

    @Test
    void mixOfNewChangedAndUnchangedLocksAuditsOnlyWhatChanged() {
        Lock garage = world.lock(account, "Garage");
        share(PermissionLevel.RESTRICTED, frontDoor.id());
        share(PermissionLevel.MAINTENANCE, backDoor.id());
        int before = world.audit.events().size();

        share(PermissionLevel.MAINTENANCE, frontDoor.id(), backDoor.id(), garage.id());

        List<AuditEvent> added = world.audit.events().subList(before, world.audit.events().size());
        assertThat(added).extracting(AuditEvent::action, AuditEvent::lockId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AuditAction.PERMISSION_CHANGED, frontDoor.id()),
                org.assertj.core.groups.Tuple.tuple(AuditAction.PERMISSION_GRANTED, garage.id()));
    }

    @Test
    void duplicateLockIdsAreInvalidInputPointingAtTheRepeat() {
        InvalidInput failure = catchThrowableOfType(InvalidInput.class,
                () -> share(PermissionLevel.RESTRICTED, frontDoor.id(), frontDoor.id()));

        assertThat(failure.code()).isEqualTo(FailureCode.VALIDATION_FAILED);
        assertThat(failure.fieldErrors()).containsExactly(new FieldError("/lockIds/1", "is listed twice"));
        assertThat(world.permissions.all()).isEmpty();
    }

    @Test
    void emptyLockListAndMissingLevelAreReportedTogether() {
        InvalidInput failure = catchThrowableOfType(InvalidInput.class,
                () -> service.share(admin, new ShareLocksCommand(List.of(), recipient, null)));
        assertThat(failure.fieldErrors()).extracting(FieldError::field).containsExactly("/lockIds", "/level");
    }

    @Test
    void nullLockIdIsPointedAt() {
        List<LockId> ids = new ArrayList<>();
        ids.add(frontDoor.id());
        ids.add(null);
        InvalidInput failure = catchThrowableOfType(InvalidInput.class,
                () -> service.share(admin, new ShareLocksCommand(ids, recipient, PermissionLevel.RESTRICTED)));
        assertThat(failure.fieldErrors()).extracting(FieldError::field).containsExactly("/lockIds/1");
    }

    @Test
    void moreThanFiveHundredLocksAreRefused() {
        List<LockId> ids = new ArrayList<>();
        for (int i = 0; i < ShareLocksUseCase.MAX_LOCKS_PER_SHARE + 1; i++) {
            ids.add(LockId.random());
        }
        InvalidInput failure = catchThrowableOfType(InvalidInput.class,
                () -> service.share(admin, new ShareLocksCommand(ids, recipient, PermissionLevel.RESTRICTED)));
        assertThat(failure.fieldErrors()).extracting(FieldError::field).containsExactly("/lockIds");
    }

    @Test
    void adminLevelToACodeIsRefused() {
        InvalidInput failure = catchThrowableOfType(InvalidInput.class,
                () -> share(PermissionLevel.ADMIN, frontDoor.id()));
        assertThat(failure.code()).isEqualTo(FailureCode.PERMISSION_LEVEL_TOO_HIGH);
        assertThat(failure.fieldErrors()).extracting(FieldError::field).containsExactly("/level");
        assertThat(world.permissions.all()).isEmpty();
    }

    @Test
    void existingPermissionCannotBeRaisedToAdmin() {
        share(PermissionLevel.RESTRICTED, frontDoor.id());
        catchThrowableOfType(InvalidInput.class, () -> share(PermissionLevel.ADMIN, frontDoor.id()));
        assertThat(world.permissions.all()).singleElement().extracting(Permission::level)
                .isEqualTo(PermissionLevel.RESTRICTED);
    }

    @Test
    void expiredCodeIsRefused() {
        world.clock.set(code.expiresAt());
        RuleViolation failure = catchThrowableOfType(RuleViolation.class,
                () -> share(PermissionLevel.RESTRICTED, frontDoor.id()));
        assertThat(failure.code()).isEqualTo(FailureCode.UNIQUE_CODE_EXPIRED);
        assertThat(world.permissions.all()).isEmpty();
        assertThat(world.audit.events()).isEmpty();
    }

    @Test
    void disabledFeatureIsRefused() {
        world.setUniqueCodesEnabled(account, false);
        RuleViolation failure = catchThrowableOfType(RuleViolation.class,
                () -> share(PermissionLevel.RESTRICTED, frontDoor.id()));
        assertThat(failure.code()).isEqualTo(FailureCode.UNIQUE_CODES_DISABLED);
        assertThat(world.permissions.all()).isEmpty();
    }

    @Test
    void unknownOrDeletedOrForeignCodeIsNotFound() {
        Recipient unknown = new Recipient.UniqueCode(UniqueCodeId.random());
        NotFound failure = catchThrowableOfType(NotFound.class, () -> service.share(admin,
                new ShareLocksCommand(List.of(frontDoor.id()), unknown, PermissionLevel.RESTRICTED)));
        assertThat(failure.code()).isEqualTo(FailureCode.UNIQUE_CODE_NOT_FOUND);

        Account other = world.account();
        UniqueCode theirs = world.code(other, "ZZZZ-ZZZZ-ZZZZ", Duration.ofDays(1));
        NotFound foreign = catchThrowableOfType(NotFound.class, () -> service.share(admin, new ShareLocksCommand(
                List.of(frontDoor.id()), new Recipient.UniqueCode(theirs.id()), PermissionLevel.RESTRICTED)));
        assertThat(foreign.code()).isEqualTo(FailureCode.UNIQUE_CODE_NOT_FOUND);

        UniqueCode deleted = world.codes.stored(code.id()).orElseThrow();
        deleted.delete(FakeWorld.START);
        world.codes.update(deleted);
        assertThat(catchThrowableOfType(NotFound.class, () -> share(PermissionLevel.RESTRICTED, frontDoor.id())).code())
                .isEqualTo(FailureCode.UNIQUE_CODE_NOT_FOUND);
        assertThat(world.permissions.all()).isEmpty();
    }
}
