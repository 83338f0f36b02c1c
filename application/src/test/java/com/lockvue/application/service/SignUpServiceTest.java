package com.lockvue.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.application.fakes.FakeWorld;
import com.lockvue.application.port.in.SignUpUseCase.SignUpCommand;
import com.lockvue.application.port.in.SignUpUseCase.SignedUp;
import com.lockvue.domain.account.EmailAddress;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.audit.AuditOutcome;
import com.lockvue.domain.failure.Conflict;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.FieldError;
import com.lockvue.domain.failure.InvalidInput;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SignUpServiceTest {
    final FakeWorld world = new FakeWorld();
    final SignUpService service = new SignUpService(world.accounts, world.users, world.hasher, world.audit, world.tx,
            world.clock);

    static SignUpCommand command(String email) {
        return new SignUpCommand("Acme Rentals", email, "correct horse battery", "Australia/Brisbane", "198.51.100.1");
    }

    @Test
    void opensAnAccountWithItsOwnerAndUniqueCodesOff() {
        SignedUp result = service.signUp(command(" Owner@Example.com "));

        assertThat(result.account().name()).isEqualTo("Acme Rentals");
        assertThat(result.account().settings().timeZone()).isEqualTo(ZoneId.of("Australia/Brisbane"));
        assertThat(result.account().settings().uniqueCodesEnabled()).isFalse();
        assertThat(result.account().createdAt()).isEqualTo(FakeWorld.START);
        assertThat(result.owner().accountId()).isEqualTo(result.account().id());
        assertThat(result.owner().email().value()).isEqualTo("owner@example.com");
        assertThat(world.accounts.findById(result.account().id())).isPresent();
        assertThat(world.users.findByEmail(new EmailAddress("owner@example.com"))).contains(result.owner());
    }

    @Test
    void storesOnlyTheHashOfThePassword() {
        SignedUp result = service.signUp(command("owner@example.com"));
        assertThat(result.owner().passwordHash()).isEqualTo("hash:correct horse battery");
        assertThat(world.hasher.matches("correct horse battery", result.owner().passwordHash())).isTrue();
    }

    @Test
    void auditsAccountCreatedByTheNewOwner() {
        SignedUp result = service.signUp(command("owner@example.com"));

        AuditEvent event = world.audit.single();
        assertThat(event.action()).isEqualTo(AuditAction.ACCOUNT_CREATED);
        assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(event.accountId()).isEqualTo(result.account().id());
        assertThat(event.actor()).isEqualTo(Actor.user(result.owner().id()));
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
        SignedUp result = service.signUp(new SignUpCommand("Acme", "o@example.com", "correct horse battery", null, null));
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
}
