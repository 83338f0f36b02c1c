package com.lockvue.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.application.fakes.FakePasswordHasher;
import com.lockvue.application.fakes.FakeWorld;
import com.lockvue.application.port.in.LogInUseCase.LogInCommand;
import com.lockvue.application.port.in.LogInUseCase.LoggedIn;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.account.User;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.audit.AuditOutcome;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.failure.NotAuthenticated;
import com.lockvue.domain.failure.TooManyAttempts;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogInServiceTest {
    static final String PASSWORD = "correct horse battery";

    final FakeWorld world = new FakeWorld();
    final LogInService service = new LogInService(world.users, world.accounts, world.hasher, world.limiter,
            world.limits, world.audit, world.tx, world.clock);
    Account account;
    User owner;

    @BeforeEach
    void seed() {
        account = world.account();
        owner = world.user(account, "owner@example.com", PASSWORD);
    }

    static LogInCommand command(String email, String password) {
        return new LogInCommand(email, password, FakeWorld.ADDRESS);
    }

    @Test
    void rightPasswordLogsInWithAnyCaseOfEmailAndIsAudited() {
        LoggedIn result = service.logIn(command("OWNER@Example.com", PASSWORD));

        assertThat(result.user()).isEqualTo(owner);
        assertThat(result.account().id()).isEqualTo(account.id());
        AuditEvent event = world.audit.single();
        assertThat(event.action()).isEqualTo(AuditAction.USER_LOGIN);
        assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(event.actor()).isEqualTo(Actor.user(owner.id()));
        assertThat(event.accountId()).isEqualTo(account.id());
        assertThat(event.clientAddress()).isEqualTo(FakeWorld.ADDRESS);
    }

    @Test
    void wrongPasswordIsNotAuthenticatedAndTheFailureIsAuditedAndCommitted() {
        NotAuthenticated failure = catchThrowableOfType(NotAuthenticated.class,
                () -> service.logIn(command("owner@example.com", "wrong password!")));

        assertThat(failure.code()).isEqualTo(FailureCode.INVALID_CREDENTIALS);
        AuditEvent event = world.audit.single();
        assertThat(event.action()).isEqualTo(AuditAction.USER_LOGIN);
        assertThat(event.outcome()).isEqualTo(AuditOutcome.FAILURE);
        assertThat(event.reason()).isEqualTo("invalid-credentials");
        assertThat(event.actor()).isEqualTo(Actor.user(owner.id()));
        assertThat(event.accountId()).isEqualTo(account.id());
        // Counting the attempt and recording its outcome are two short transactions; the hash runs between them.
        assertThat(world.tx.commits()).isEqualTo(2);
        assertThat(world.tx.rollbacks()).isZero();
    }

    @Test
    void unknownEmailIsComparedAgainstTheDecoyHashAndGivesTheSameRefusal() {
        NotAuthenticated failure = catchThrowableOfType(NotAuthenticated.class,
                () -> service.logIn(command("nobody@example.com", PASSWORD)));

        assertThat(failure.code()).isEqualTo(FailureCode.INVALID_CREDENTIALS);
        assertThat(world.hasher.comparedHashes()).containsExactly(FakePasswordHasher.DECOY);
        AuditEvent event = world.audit.single();
        assertThat(event.outcome()).isEqualTo(AuditOutcome.FAILURE);
        assertThat(event.actor()).isEqualTo(Actor.anonymous());
        assertThat(event.accountId()).isNull();
    }

    @Test
    void knownEmailIsComparedAgainstTheUsersOwnHash() {
        catchThrowableOfType(NotAuthenticated.class, () -> service.logIn(command("owner@example.com", "wrong password!")));
        assertThat(world.hasher.comparedHashes()).containsExactly(owner.passwordHash());
    }

    @Test
    void tooManyAttemptsForOneEmailAreRefusedWithRetryAfterEvenWithTheRightPassword() {
        for (int i = 0; i < world.limits.perSubject(); i++) {
            catchThrowableOfType(NotAuthenticated.class, () -> service.logIn(command("owner@example.com", "wrong pass!!")));
        }
        world.clock.advance(Duration.ofMinutes(5));

        TooManyAttempts failure = catchThrowableOfType(TooManyAttempts.class,
                () -> service.logIn(command("owner@example.com", PASSWORD)));

        assertThat(failure.code()).isEqualTo(FailureCode.TOO_MANY_ATTEMPTS);
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofMinutes(10));
        assertThat(world.audit.last().outcome()).isEqualTo(AuditOutcome.FAILURE);
        assertThat(world.audit.last().reason()).isEqualTo("too-many-attempts");
    }

    @Test
    void tooManyAttemptsFromOneAddressAreRefusedAcrossEmails() {
        for (int i = 0; i < world.limits.perAddress(); i++) {
            String email = "nobody" + i + "@example.com";
            catchThrowableOfType(NotAuthenticated.class, () -> service.logIn(command(email, PASSWORD)));
        }
        TooManyAttempts failure = catchThrowableOfType(TooManyAttempts.class,
                () -> service.logIn(command("owner@example.com", PASSWORD)));
        assertThat(failure.retryAfter()).isPositive();
    }

    @Test
    void limitResetsWhenTheWindowHasPassed() {
        for (int i = 0; i <= world.limits.perSubject(); i++) {
            catchThrowableOfType(RuntimeException.class, () -> service.logIn(command("owner@example.com", "wrong pass!!")));
        }
        world.clock.advance(world.limits.window());
        assertThat(service.logIn(command("owner@example.com", PASSWORD)).user()).isEqualTo(owner);
    }

    @Test
    void missingPasswordOrMalformedEmailIsInvalidInputBeforeAnyAttemptIsCounted() {
        InvalidInput noPassword = catchThrowableOfType(InvalidInput.class,
                () -> service.logIn(command("owner@example.com", "")));
        assertThat(noPassword.fieldErrors().get(0).field()).isEqualTo("/password");
        InvalidInput badEmail = catchThrowableOfType(InvalidInput.class, () -> service.logIn(command("owner", PASSWORD)));
        assertThat(badEmail.fieldErrors().get(0).field()).isEqualTo("/email");
        assertThat(world.limiter.attempts("login:addr:" + FakeWorld.ADDRESS)).isZero();
    }
}
