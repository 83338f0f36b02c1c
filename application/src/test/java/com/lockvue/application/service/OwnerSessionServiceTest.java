package com.lockvue.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.application.fakes.FakeWorld;
import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.LogInUseCase.LoggedIn;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.account.OwnerSessionId;
import com.lockvue.domain.account.User;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotAuthenticated;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OwnerSessionServiceTest {
    final FakeWorld world = new FakeWorld();
    final OwnerSessionService service = new OwnerSessionService(world.sessions, world.audited, world.tx, world.clock);
    Account account;
    User owner;
    AccountAdmin admin;

    @BeforeEach
    void logIn() {
        account = world.account();
        owner = world.user(account, "owner@example.com", "correct horse battery");
        LoggedIn loggedIn = world.tx.inTransaction(
                () -> world.logins.start(owner, account, FakeWorld.ADDRESS, null, world.clock.instant()));
        admin = new AccountAdmin(owner.id(), account.id(), loggedIn.session().id(), FakeWorld.ADDRESS);
    }

    @Test
    void aSessionIsActiveUntilItExpires() {
        assertThatCode(() -> service.requireActive(admin)).doesNotThrowAnyException();
        world.clock.advance(Duration.ofHours(8));
        assertEnded(admin);
    }

    @Test
    void loggingOutEndsTheSessionAtOnceAndIsAudited() {
        service.logOut(admin);
        assertEnded(admin);
        assertThat(world.audit.single().action()).isEqualTo(AuditAction.USER_LOGOUT);
        assertThat(catchThrowableOfType(NotAuthenticated.class, () -> service.logOut(admin))).isNotNull();
    }

    @Test
    void anotherSessionOfTheSameOwnerIsNotEnded() {
        LoggedIn other = world.tx.inTransaction(
                () -> world.logins.start(owner, account, FakeWorld.ADDRESS, null, world.clock.instant()));
        service.logOut(admin);
        assertThatCode(() -> service.requireActive(
                new AccountAdmin(owner.id(), account.id(), other.session().id(), FakeWorld.ADDRESS)))
                .doesNotThrowAnyException();
    }

    @Test
    void anUnknownSessionOrAnotherUsersIsEnded() {
        assertEnded(new AccountAdmin(owner.id(), account.id(), OwnerSessionId.random(), FakeWorld.ADDRESS));
        User other = world.user(account, "other@example.com", "correct horse battery");
        assertEnded(new AccountAdmin(other.id(), account.id(), admin.owner().sessionId(), FakeWorld.ADDRESS));
    }

    private void assertEnded(AccountAdmin who) {
        NotAuthenticated ended = catchThrowableOfType(NotAuthenticated.class, () -> service.requireActive(who));
        assertThat(ended.code()).isEqualTo(FailureCode.SESSION_ENDED);
    }
}
