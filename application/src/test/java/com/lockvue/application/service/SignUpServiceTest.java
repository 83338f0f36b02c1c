package com.lockvue.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.application.fakes.FakeWorld;
import com.lockvue.application.port.in.SignUpUseCase.SignUpCommand;
import com.lockvue.application.port.in.LogInUseCase.LoggedIn;
import com.lockvue.domain.account.EmailAddress;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.audit.AuditOutcome;
import com.lockvue.domain.failure.Conflict;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.FieldError;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.account.Password;
import com.lockvue.domain.failure.TooManyAttempts;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SignUpServiceTest {
    final FakeWorld world = new FakeWorld();
    final SignUpLimits limits = new SignUpLimits(3, Duration.ofHours(1), 5, Duration.ofMinutes(1));
    final SignUpService service = new SignUpService(world.accounts, world.users, world.hasher, world.passwordPolicy,
            world.limiter, limits, world.logins, world.audited);

    static SignUpCommand command(String email) {
        return from("198.51.100.1", email);
    }

    static SignUpCommand from(String address, String email) {
        return new SignUpCommand("Acme Rentals", email, "correct horse battery", "Australia/Brisbane", address);
    }

    @Test
    void opensAnAccountWithItsOwnerAndUniqueCodesOff() {
        LoggedIn result = service.signUp(command(" Owner@Example.com "));

        assertThat(result.account().name()).isEqualTo("Acme Rentals");
        assertThat(result.account().settings().timeZone()).isEqualTo(ZoneId.of("Australia/Brisbane"));
        assertThat(result.account().settings().uniqueCodesEnabled()).isFalse();
        assertThat(result.account().createdAt()).isEqualTo(FakeWorld.START);
        assertThat(result.user().accountId()).isEqualTo(result.account().id());
        assertThat(result.user().email().value()).isEqualTo("owner@example.com");
        assertThat(world.accounts.findById(result.account().id())).isPresent();
        assertThat(world.users.findByEmail(new EmailAddress("owner@example.com"))).contains(result.user());
    }

    @Test
    void storesOnlyTheHashOfThePassword() {
        LoggedIn result = service.signUp(command("owner@example.com"));
        assertThat(result.user().passwordHash()).isEqualTo("hash:correct horse battery");
        assertThat(world.hasher.matches(Password.typed("correct horse battery", "/p"), result.user().passwordHash()))
                .isTrue();
    }

    @Test
    void auditsAccountCreatedByTheNewOwner() {
        LoggedIn result = service.signUp(command("owner@example.com"));

        AuditEvent event = world.audit.single();
        assertThat(event.action()).isEqualTo(AuditAction.ACCOUNT_CREATED);
        assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(event.accountId()).isEqualTo(result.account().id());
        assertThat(event.actor()).isEqualTo(Actor.user(result.user().id()));
        assertThat(event.clientAddress()).isEqualTo("198.51.100.1");
        assertThat(event.occurredAt()).isEqualTo(FakeWorld.START);
    }

    @Test
    void reportsEveryInvalidFieldAtOnceAndCreatesNothing() {
        InvalidInput failure = catchThrowableOfType(InvalidInput.class,
                () -> service.signUp(new SignUpCommand(" ", "not-an-email", "short", "Mars/Olympus", null)));

        assertThat(failure.code()).isEqualTo(FailureCode.VALIDATION_FAILED);
        assertThat(failure.fieldErrors()).extracting(FieldError::field)
                .containsExactly("/accountName", "/email", "/password", "/timeZone");
        assertThat(world.accounts.size()).isZero();
        assertThat(world.users.size()).isZero();
        assertThat(world.audit.events()).isEmpty();
    }

    @Test
    void missingTimeZoneDefaultsToUtc() {
        LoggedIn result = service.signUp(new SignUpCommand("Acme", "o@example.com", "correct horse battery", null, null));
        assertThat(result.account().settings().timeZone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void duplicateEmailIsAConflictAndRollsBackTheNewAccount() {
        service.signUp(command("owner@example.com"));

        Conflict failure = catchThrowableOfType(Conflict.class, () -> service.signUp(command("OWNER@example.com")));

        assertThat(failure.code()).isEqualTo(FailureCode.EMAIL_ALREADY_REGISTERED);
        assertThat(world.accounts.size()).isEqualTo(1);
        assertThat(world.users.size()).isEqualTo(1);
        assertThat(world.audit.events(AuditAction.ACCOUNT_CREATED)).hasSize(1);
        assertThat(world.tx.rollbacks()).isEqualTo(1);
    }

    @Test
    void theNewOwnerIsLoggedInWithASession() {
        LoggedIn result = service.signUp(command("owner@example.com"));
        assertThat(world.sessions.findById(result.session().id())).isPresent();
        assertThat(result.knownClientToken()).isNotBlank();
    }

    @Test
    void refusesCommonPersonalAndShortPasswordsByThePolicy() {
        for (String weak : new String[] {"password1234", "short pass", "acme rentals 2026", "owner@example.com!"}) {
            InvalidInput failure = catchThrowableOfType(InvalidInput.class, () -> service.signUp(
                    new SignUpCommand("Acme Rentals", "owner@example.com", weak, null, "198.51.100.1")));
            assertThat(failure.fieldErrors()).as(weak).extracting(FieldError::field).containsExactly("/password");
        }
        assertThat(world.users.size()).isZero();
    }

    @Test
    void aFloodFromOneAddressIsRefusedBeforeAnyPasswordIsHashedAndAuditedOncePerWindow() {
        for (int i = 0; i < limits.perAddress(); i++) {
            service.signUp(command("owner" + i + "@example.com"));
        }
        for (int i = 0; i < 4; i++) {
            String email = "flood" + i + "@example.com";
            TooManyAttempts refused = catchThrowableOfType(TooManyAttempts.class, () -> service.signUp(command(email)));
            assertThat(refused.retryAfter()).isPositive();
        }
        assertThat(world.users.size()).isEqualTo(limits.perAddress());
        assertThat(world.audit.events(AuditAction.ACCOUNT_CREATED)).filteredOn(e -> e.outcome() == AuditOutcome.FAILURE)
                .singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("too-many-attempts per-address"));
        // Another address may still sign up.
        assertThat(service.signUp(from("198.51.100.2", "other@example.com")).user()).isNotNull();
    }

    @Test
    void allClientsTogetherAreLimitedPerMinute() {
        for (int i = 0; i < limits.total(); i++) {
            service.signUp(from("198.51.100." + (i + 10), "owner" + i + "@example.com"));
        }
        TooManyAttempts refused = catchThrowableOfType(TooManyAttempts.class,
                () -> service.signUp(from("192.0.2.1", "late@example.com")));
        assertThat(refused.retryAfter()).isLessThanOrEqualTo(Duration.ofMinutes(1));
        world.clock.advance(Duration.ofMinutes(1));
        assertThat(service.signUp(from("192.0.2.1", "late@example.com")).user()).isNotNull();
    }

    @Test
    void invalidRequestsAreNotCountedAgainstTheLimits() {
        for (int i = 0; i < 10; i++) {
            catchThrowableOfType(InvalidInput.class, () -> service.signUp(
                    new SignUpCommand("Acme", "owner@example.com", "short", null, "198.51.100.1")));
        }
        assertThat(service.signUp(command("owner@example.com")).user()).isNotNull();
    }
}
