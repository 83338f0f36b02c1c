package com.lockvue.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.application.fakes.FakeWorld;
import com.lockvue.application.port.in.CodeSession;
import com.lockvue.application.port.in.ListSharedLocksQuery.SharedLocks;
import com.lockvue.application.view.SharedLock;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotAuthenticated;
import com.lockvue.domain.failure.RuleViolation;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.domain.uniquecode.DeviceId;
import com.lockvue.domain.uniquecode.UniqueCode;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CodeSessionGuardTest {
    static final DeviceId PHONE = new DeviceId("phone-0001");

    final FakeWorld world = new FakeWorld();
    final CodeSessionGuard sessions = new CodeSessionGuard(world.sessionStates);
    Account account;
    UniqueCode code;
    CodeSession session;

    @BeforeEach
    void seed() {
        account = world.account();
        code = world.code(account, "ABCD-EFGH-JKMN", Duration.ofDays(7));
        UniqueCode bound = world.codes.stored(code.id()).orElseThrow();
        bound.admitDevice(PHONE, FakeWorld.START);
        world.codes.update(bound);
        session = new CodeSession(code.id(), account.id(), PHONE, FakeWorld.ADDRESS);
    }

    UniqueCode requireValidNow() {
        return world.tx.inTransaction(() -> sessions.requireValid(session, world.clock.instant()).code());
    }

    @Test
    void validSessionReturnsItsCurrentCode() {
        assertThat(requireValidNow().id()).isEqualTo(code.id());
    }

    @Test
    void deletedCodeEndsTheSessionOnTheNextRequest() {
        UniqueCode deleted = world.codes.stored(code.id()).orElseThrow();
        deleted.delete(FakeWorld.START.plusSeconds(1));
        world.codes.update(deleted);

        NotAuthenticated failure = catchThrowableOfType(NotAuthenticated.class, this::requireValidNow);
        assertThat(failure.code()).isEqualTo(FailureCode.CODE_SESSION_ENDED);
    }

    @Test
    void sessionIsValidOneNanosecondBeforeExpiryAndRefusedAtTheExactInstant() {
        world.clock.set(code.expiresAt().minusNanos(1));
        assertThat(requireValidNow().id()).isEqualTo(code.id());

        world.clock.set(code.expiresAt());
        RuleViolation failure = catchThrowableOfType(RuleViolation.class, this::requireValidNow);
        assertThat(failure.code()).isEqualTo(FailureCode.UNIQUE_CODE_EXPIRED);
    }

    @Test
    void releasedDeviceEndsTheSession() {
        UniqueCode released = world.codes.stored(code.id()).orElseThrow();
        released.releaseDevice();
        world.codes.update(released);

        NotAuthenticated failure = catchThrowableOfType(NotAuthenticated.class, this::requireValidNow);
        assertThat(failure.code()).isEqualTo(FailureCode.CODE_SESSION_ENDED);
    }

    @Test
    void sessionOfAnotherDeviceIsRefused() {
        session = new CodeSession(code.id(), account.id(), new DeviceId("phone-0002"), FakeWorld.ADDRESS);
        NotAuthenticated failure = catchThrowableOfType(NotAuthenticated.class, this::requireValidNow);
        assertThat(failure.code()).isEqualTo(FailureCode.CODE_SESSION_ENDED);
    }

    @Test
    void featureTurnedOffRefusesTheNextRequestAndOnAgainRestoresIt() {
        world.setUniqueCodesEnabled(account, false);
        RuleViolation failure = catchThrowableOfType(RuleViolation.class, this::requireValidNow);
        assertThat(failure.code()).isEqualTo(FailureCode.UNIQUE_CODES_DISABLED);

        world.setUniqueCodesEnabled(account, true);
        assertThat(requireValidNow().id()).isEqualTo(code.id());
    }

    @Test
    void sessionClaimingAnotherAccountIsEnded() {
        Account other = world.account();
        session = new CodeSession(code.id(), other.id(), PHONE, FakeWorld.ADDRESS);
        NotAuthenticated failure = catchThrowableOfType(NotAuthenticated.class, this::requireValidNow);
        assertThat(failure.code()).isEqualTo(FailureCode.CODE_SESSION_ENDED);
    }

    @Test
    void overviewListsTheLocksSharedToTheCodeAndRechecksTheSession() {
        Lock front = world.lock(account, "Front door");
        Lock back = world.lock(account, "Back door");
        world.share(front, code, PermissionLevel.RESTRICTED);
        world.share(back, code, PermissionLevel.MAINTENANCE);
        ListSharedLocksService overview = new ListSharedLocksService(sessions, world.clock);

        SharedLocks result = overview.list(session);
        assertThat(result.code().id()).isEqualTo(code.id());
        assertThat(result.locks()).extracting(s -> s.lock().name(), SharedLock::level).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Back door", PermissionLevel.MAINTENANCE),
                org.assertj.core.groups.Tuple.tuple("Front door", PermissionLevel.RESTRICTED));

        world.clock.set(code.expiresAt());
        assertThat(catchThrowableOfType(RuleViolation.class, () -> overview.list(session)).code())
                .isEqualTo(FailureCode.UNIQUE_CODE_EXPIRED);
    }
}
