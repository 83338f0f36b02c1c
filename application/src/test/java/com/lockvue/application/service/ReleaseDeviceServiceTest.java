package com.lockvue.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.application.fakes.FakeWorld;
import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.CodeSession;
import com.lockvue.application.view.UniqueCodeView;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotAuthenticated;
import com.lockvue.domain.failure.NotFound;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.domain.uniquecode.DeviceId;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReleaseDeviceServiceTest {
    static final DeviceId PHONE = new DeviceId("phone-0001");

    final FakeWorld world = new FakeWorld();
    final ReleaseDeviceService service = new ReleaseDeviceService(world.codes, world.codeViews, world.audited);
    Account account;
    AccountAdmin admin;
    UniqueCode code;

    @BeforeEach
    void seed() {
        account = world.account();
        admin = world.adminOf(account);
        code = world.code(account, "ABCD-EFGH-JKMN", Duration.ofDays(7));
        world.share(world.lock(account, "Front door"), code, PermissionLevel.RESTRICTED);
        UniqueCode bound = world.codes.stored(code.id()).orElseThrow();
        bound.admitDevice(PHONE, FakeWorld.START);
        world.codes.update(bound);
    }

    @Test
    void releasingUnbindsTheDeviceAuditsItAndEndsTheRunningSession() {
        UniqueCodeView view = service.release(admin, code.id());

        assertThat(view.code().boundDevice()).isEmpty();
        assertThat(view.status()).isEqualTo(UniqueCodeStatus.ACTIVE);
        assertThat(view.sharedLockCount()).isEqualTo(1);
        assertThat(world.codes.stored(code.id()).orElseThrow().boundDevice()).isEmpty();
        AuditEvent event = world.audit.single();
        assertThat(event.action()).isEqualTo(AuditAction.DEVICE_RELEASED);
        assertThat(event.uniqueCodeId()).isEqualTo(code.id());
        assertThat(event.actor()).isEqualTo(Actor.user(admin.owner().userId()));

        CodeSessionGuard sessions = new CodeSessionGuard(world.sessionStates);
        CodeSession session = new CodeSession(code.id(), account.id(), PHONE, FakeWorld.ADDRESS);
        NotAuthenticated failure = catchThrowableOfType(NotAuthenticated.class,
                () -> sessions.requireValid(session, world.clock.instant()));
        assertThat(failure.code()).isEqualTo(FailureCode.CODE_SESSION_ENDED);
    }

    @Test
    void releasingAnUnboundCodeAuditsNothing() {
        service.release(admin, code.id());
        service.release(admin, code.id());
        assertThat(world.audit.events(AuditAction.DEVICE_RELEASED)).hasSize(1);
    }

    @Test
    void codeOfAnotherAccountIsNotFoundAndStaysBound() {
        NotFound failure = catchThrowableOfType(NotFound.class,
                () -> service.release(world.adminOf(world.account()), code.id()));
        assertThat(failure.code()).isEqualTo(FailureCode.UNIQUE_CODE_NOT_FOUND);
        assertThat(world.codes.stored(code.id()).orElseThrow().boundDevice()).contains(PHONE);
    }
}
