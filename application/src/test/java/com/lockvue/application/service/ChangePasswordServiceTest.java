package com.lockvue.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.application.fakes.FakeWorld;
import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.ChangePasswordUseCase.ChangePasswordCommand;
import com.lockvue.application.port.in.LogInUseCase.LoggedIn;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.account.User;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditOutcome;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.FieldError;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.failure.NotAuthenticated;
import com.lockvue.domain.failure.TooManyAttempts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangePasswordServiceTest {
    static final String OLD = "correct horse battery";
    static final String NEW = "a much better passphrase";

    final FakeWorld world = new FakeWorld();
    final ChangePasswordService service = new ChangePasswordService(world.users, world.accounts, world.hasher,
            world.passwordPolicy, world.limiter, world.limits, world.logins, world.audited, world.tx);
    final OwnerSessionService sessions = new OwnerSessionService(world.sessions, world.audited, world.tx, world.clock);
    Account account;
    User owner;
    AccountAdmin here;
    AccountAdmin elsewhere;

    @BeforeEach
    void twoSessions() {
        account = world.account();
        owner = world.user(account, "owner@example.com", OLD);
        here = admin();
        elsewhere = admin();
    }

    private AccountAdmin admin() {
        LoggedIn in = world.tx.inTransaction(
                () -> world.logins.start(owner, account, FakeWorld.ADDRESS, null, world.clock.instant()));
        return new AccountAdmin(owner.id(), account.id(), in.session().id(), FakeWorld.ADDRESS);
    }

    @Test
    void changesTheHashEndsEverySessionAndStartsANewOneForTheCaller() {
        LoggedIn after = service.changePassword(here, new ChangePasswordCommand(OLD, NEW, null));

        assertThat(world.users.findById(owner.id()).orElseThrow().passwordHash()).isEqualTo("hash:" + NEW);
        for (AccountAdmin old : new AccountAdmin[] {here, elsewhere}) {
            assertThat(catchThrowableOfType(NotAuthenticated.class, () -> sessions.requireActive(old)).code())
                    .isEqualTo(FailureCode.SESSION_ENDED);
        }
        assertThatCode(() -> sessions.requireActive(
                new AccountAdmin(owner.id(), account.id(), after.session().id(), FakeWorld.ADDRESS)))
                .doesNotThrowAnyException();
        assertThat(world.audit.last().action()).isEqualTo(AuditAction.PASSWORD_CHANGED);
        assertThat(world.audit.last().outcome()).isEqualTo(AuditOutcome.SUCCESS);
    }

    @Test
    void aWrongCurrentPasswordChangesNothingAndIsAudited() {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class,
                () -> service.changePassword(here, new ChangePasswordCommand("not my password", NEW, null)));
        assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactly("/currentPassword");
        assertThat(world.users.findById(owner.id()).orElseThrow().passwordHash()).isEqualTo("hash:" + OLD);
        assertThatCode(() -> sessions.requireActive(here)).doesNotThrowAnyException();
        assertThat(world.audit.last().outcome()).isEqualTo(AuditOutcome.FAILURE);
    }

    @Test
    void theNewPasswordFollowsThePolicy() {
        for (String weak : new String[] {"short", "password1234", "owner-is-me-2026"}) {
            InvalidInput refused = catchThrowableOfType(InvalidInput.class,
                    () -> service.changePassword(here, new ChangePasswordCommand(OLD, weak, null)));
            assertThat(refused.fieldErrors()).as(weak).extracting(FieldError::field).containsExactly("/newPassword");
        }
        assertThat(world.users.findById(owner.id()).orElseThrow().passwordHash()).isEqualTo("hash:" + OLD);
    }

    @Test
    void guessingTheCurrentPasswordIsLimited() {
        for (int i = 0; i < world.limits.perSubject(); i++) {
            catchThrowableOfType(InvalidInput.class,
                    () -> service.changePassword(here, new ChangePasswordCommand("guess number x", NEW, null)));
        }
        assertThat(catchThrowableOfType(TooManyAttempts.class,
                () -> service.changePassword(here, new ChangePasswordCommand(OLD, NEW, null)))).isNotNull();
    }
}
