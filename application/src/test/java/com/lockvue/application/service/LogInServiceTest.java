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
            world.limits, world.logins, world.audited);
    Account account;
    User owner;

    @BeforeEach
    void seed() {
        account = world.account();
        owner = world.user(account, "owner@example.com", PASSWORD);
    }

    static LogInCommand command(String email, String password) {
        return from(FakeWorld.ADDRESS, null, email, password);
    }

    static LogInCommand from(String address, String knownClientToken, String email, String password) {
        return LogInCommand.of(email, password, address, knownClientToken);
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
    void tooManyFailuresForOneEmailRefuseUnknownClientsWithRetryAfterEvenWithTheRightPassword() {
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

    @Test
    void successStartsAnEightHourSessionAndHandsTheBrowserAKnownClientToken() {
        LoggedIn result = service.logIn(command("owner@example.com", PASSWORD));

        assertThat(result.session().userId()).isEqualTo(owner.id());
        assertThat(result.session().expiresAt()).isEqualTo(FakeWorld.START.plus(Duration.ofHours(8)));
        assertThat(world.sessions.findById(result.session().id())).isPresent();
        assertThat(result.knownClientToken()).hasSizeGreaterThanOrEqualTo(43);
        // Only a hash of the token is stored.
        assertThat(world.knownClients.stored().keySet()).noneMatch(key -> key.contains(result.knownClientToken()));
        assertThat(result.toString()).doesNotContain(result.knownClientToken());
    }

    @Test
    void successesDoNotFillTheEmailLimit() {
        // More successes than the email limit allows attempts (but fewer than the address limit, which counts all).
        for (int i = 0; i <= world.limits.perSubject(); i++) {
            assertThat(service.logIn(command("owner@example.com", PASSWORD)).user()).isEqualTo(owner);
        }
    }

    @Test
    void anAttackerWhoKnowsTheEmailCannotLockTheOwnerOutOfAKnownNetworkOrBrowser() {
        LoggedIn before = service.logIn(from("203.0.113.7", null, "owner@example.com", PASSWORD));
        for (int i = 0; i < 3 * world.limits.perSubject(); i++) {
            String attacker = "198.51.100." + (i + 1);
            catchThrowableOfType(RuntimeException.class,
                    () -> service.logIn(from(attacker, null, "owner@example.com", "guess " + attacker)));
        }
        // A new place without the token is held up...
        assertThat(catchThrowableOfType(TooManyAttempts.class,
                () -> service.logIn(from("192.0.2.50", null, "owner@example.com", PASSWORD)))).isNotNull();
        // ...the owner's network is not, and neither is the owner's browser on a network never seen before.
        assertThat(service.logIn(from("203.0.113.7", null, "owner@example.com", PASSWORD)).user()).isEqualTo(owner);
        assertThat(service.logIn(from("192.0.2.99", before.knownClientToken(), "owner@example.com", PASSWORD)).user())
                .isEqualTo(owner);
    }

    @Test
    void aKnownClientStillHasALimitOfItsOwn() {
        LoggedIn before = service.logIn(from("203.0.113.7", null, "owner@example.com", PASSWORD));
        for (int i = 0; i < world.limits.perSubject(); i++) {
            catchThrowableOfType(NotAuthenticated.class,
                    () -> service.logIn(from("192.0.2.1", before.knownClientToken(), "owner@example.com", "wrong pass!!")));
        }
        assertThat(catchThrowableOfType(TooManyAttempts.class,
                () -> service.logIn(from("192.0.2.1", before.knownClientToken(), "owner@example.com", PASSWORD))))
                .isNotNull();
        // The owner's other known client is unaffected.
        assertThat(service.logIn(from("203.0.113.7", null, "owner@example.com", PASSWORD)).user()).isEqualTo(owner);
    }

    @Test
    void aNetworkIsForgottenNinetyDaysAfterItsLastSuccess() {
        service.logIn(from("203.0.113.7", null, "owner@example.com", PASSWORD));
        world.clock.advance(Duration.ofDays(91));
        for (int i = 0; i < world.limits.perSubject(); i++) {
            String attacker = "198.51.100." + (i + 1);
            catchThrowableOfType(RuntimeException.class,
                    () -> service.logIn(from(attacker, null, "owner@example.com", "guess " + attacker)));
        }
        assertThat(catchThrowableOfType(TooManyAttempts.class,
                () -> service.logIn(from("203.0.113.7", null, "owner@example.com", PASSWORD)))).isNotNull();
    }

    @Test
    void anOldSchemeHashIsReplacedOnTheNextSuccessfulLogin() {
        User legacy = new User(com.lockvue.domain.account.UserId.random(), account.id(),
                new com.lockvue.domain.account.EmailAddress("legacy@example.com"),
                FakePasswordHasher.LEGACY_PREFIX + PASSWORD, world.clock.instant());
        world.users.add(legacy);

        service.logIn(command("legacy@example.com", PASSWORD));

        assertThat(world.users.findById(legacy.id()).orElseThrow().passwordHash()).isEqualTo("hash:" + PASSWORD);
        assertThat(service.logIn(command("legacy@example.com", PASSWORD)).user().id()).isEqualTo(legacy.id());
    }

    @Test
    void thePasswordIsComparedInItsNfkcForm() {
        User accented = world.user(account, "cafe@example.com", "caf\u00e9 au lait 42");
        assertThat(service.logIn(command("cafe@example.com", "cafe\u0301 au lait 42")).user()).isEqualTo(accented);
    }
}
