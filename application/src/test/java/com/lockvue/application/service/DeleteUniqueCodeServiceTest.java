package com.lockvue.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.application.fakes.FakeWorld;
import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotFound;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.permission.Permission;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.domain.uniquecode.DeviceId;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeleteUniqueCodeServiceTest {
    final FakeWorld world = new FakeWorld();
    final DeleteUniqueCodeService service = new DeleteUniqueCodeService(world.codes, world.permissions, world.audited);
    Account account;
    AccountAdmin admin;
    UniqueCode code;
    Permission onFront;
    Permission onBack;
    Permission ofOtherCode;

    @BeforeEach
    void seed() {
        account = world.account();
        admin = world.adminOf(account);
        Lock front = world.lock(account, "Front door");
        Lock back = world.lock(account, "Back door");
        code = world.code(account, "ABCD-EFGH-JKMN", Duration.ofDays(7));
        UniqueCode otherCode = world.code(account, "ZZZZ-ZZZZ-ZZZZ", Duration.ofDays(7));
        onFront = world.share(front, code, PermissionLevel.RESTRICTED);
        onBack = world.share(back, code, PermissionLevel.MAINTENANCE);
        ofOtherCode = world.share(front, otherCode, PermissionLevel.RESTRICTED);
    }

    @Test
    void deletesTheCodeAndRemovesOnlyItsPermissions() {
        world.clock.advance(Duration.ofMinutes(3));
        service.delete(admin, code.id());

        UniqueCode stored = world.codes.stored(code.id()).orElseThrow();
        assertThat(stored.deletedAt()).contains(FakeWorld.START.plus(Duration.ofMinutes(3)));
        assertThat(stored.statusAt(world.clock.instant())).isEqualTo(UniqueCodeStatus.DELETED);
        assertThat(world.codes.findById(account.id(), code.id())).isEmpty();
        assertThat(world.codes.findByValueForUpdate(world.codes.valueOf(code.id()))).isEmpty();
        assertThat(world.permissions.all()).extracting(Permission::id).containsExactly(ofOtherCode.id());
    }

    @Test
    void auditsEachRevokedPermissionAndThenTheDeletion() {
        service.delete(admin, code.id());

        List<AuditEvent> events = world.audit.events();
        assertThat(events).extracting(AuditEvent::action).containsExactly(AuditAction.PERMISSION_REVOKED,
                AuditAction.PERMISSION_REVOKED, AuditAction.UNIQUE_CODE_DELETED);
        assertThat(events.subList(0, 2)).extracting(AuditEvent::permissionId)
                .containsExactlyInAnyOrder(onFront.id(), onBack.id());
        assertThat(events.subList(0, 2)).extracting(AuditEvent::lockId)
                .containsExactlyInAnyOrder(onFront.lockId(), onBack.lockId());
        assertThat(events).allSatisfy(e -> {
            assertThat(e.uniqueCodeId()).isEqualTo(code.id());
            assertThat(e.accountId()).isEqualTo(account.id());
            assertThat(e.actor()).isEqualTo(Actor.user(admin.owner().userId()));
            assertThat(e.clientAddress()).isEqualTo(FakeWorld.ADDRESS);
        });
    }

    @Test
    void deletingReleasesTheBoundDevice() {
        UniqueCode bound = world.codes.stored(code.id()).orElseThrow();
        bound.admitDevice(new DeviceId("phone-0001"), FakeWorld.START);
        world.codes.update(bound);

        service.delete(admin, code.id());

        assertThat(world.codes.stored(code.id()).orElseThrow().boundDevice()).isEmpty();
    }

    @Test
    void deletingTwiceIsNotFoundTheSecondTime() {
        service.delete(admin, code.id());
        int events = world.audit.events().size();
        NotFound failure = catchThrowableOfType(NotFound.class, () -> service.delete(admin, code.id()));
        assertThat(failure.code()).isEqualTo(FailureCode.UNIQUE_CODE_NOT_FOUND);
        assertThat(world.audit.events()).hasSize(events);
    }

    @Test
    void codeOfAnotherAccountIsNotFoundAndUntouched() {
        Account other = world.account();
        NotFound failure = catchThrowableOfType(NotFound.class,
                () -> service.delete(world.adminOf(other), code.id()));
        assertThat(failure.code()).isEqualTo(FailureCode.UNIQUE_CODE_NOT_FOUND);
        assertThat(world.codes.stored(code.id()).orElseThrow().isDeleted()).isFalse();
        assertThat(world.permissions.all()).hasSize(3);
        assertThat(world.audit.events()).isEmpty();
    }

    @Test
    void unknownCodeIsNotFound() {
        assertThat(catchThrowableOfType(NotFound.class, () -> service.delete(admin, UniqueCodeId.random())).code())
                .isEqualTo(FailureCode.UNIQUE_CODE_NOT_FOUND);
    }

    @Test
    void expiredCodeCanStillBeDeleted() {
        world.clock.set(code.expiresAt().plus(Duration.ofDays(1)));
        service.delete(admin, code.id());
        assertThat(world.codes.stored(code.id()).orElseThrow().isDeleted()).isTrue();
    }
}
