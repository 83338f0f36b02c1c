package com.lockvue.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.application.fakes.FakeWorld;
import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.CreateUniqueCodeUseCase.CreateUniqueCodeCommand;
import com.lockvue.application.view.UniqueCodeView;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.audit.AuditOutcome;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.failure.NotFound;
import com.lockvue.domain.failure.RuleViolation;
import com.lockvue.domain.uniquecode.CodeValue;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CreateUniqueCodeServiceTest {
    final FakeWorld world = new FakeWorld();

    CreateUniqueCodeService service(long seed) {
        return new CreateUniqueCodeService(world.accounts, world.codes, world.audited,
                new SplittableRandom(seed));
    }

    @Test
    void createsAnActiveCodeStoresItAndAuditsTheCreation() {
        Account account = world.account();
        AccountAdmin admin = world.adminOf(account);
        Instant expiry = FakeWorld.START.plus(Duration.ofDays(14));

        UniqueCodeView view = service(1).create(admin, new CreateUniqueCodeCommand("Cleaner, Tuesdays", expiry));

        assertThat(view.status()).isEqualTo(UniqueCodeStatus.ACTIVE);
        assertThat(view.sharedLockCount()).isZero();
        assertThat(view.code().description()).isEqualTo("Cleaner, Tuesdays");
        assertThat(view.code().expiresAt()).isEqualTo(expiry);
        assertThat(view.code().accountId()).isEqualTo(account.id());
        assertThat(world.codes.findById(account.id(), view.code().id())).isPresent();
        assertThat(world.codes.findByValueForUpdate(view.value())).isPresent();

        AuditEvent event = world.audit.single();
        assertThat(event.action()).isEqualTo(AuditAction.UNIQUE_CODE_CREATED);
        assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        assertThat(event.actor()).isEqualTo(Actor.user(admin.owner().userId()));
        assertThat(event.accountId()).isEqualTo(account.id());
        assertThat(event.uniqueCodeId()).isEqualTo(view.code().id());
        assertThat(event.clientAddress()).isEqualTo(FakeWorld.ADDRESS);
        assertThat(event.reason()).as("the audit never holds the secret").isNull();
    }

    @Test
    void theCodeValueComesFromTheInjectedRandomGenerator() {
        Account account = world.account();
        Instant expiry = FakeWorld.START.plus(Duration.ofDays(1));
        UniqueCodeView view = service(99).create(world.adminOf(account), new CreateUniqueCodeCommand("x", expiry));
        assertThat(view.value()).isEqualTo(CodeValue.generate(new SplittableRandom(99)));
    }

    @Test
    void refusedWhileUniqueCodesAreDisabledAndNothingIsStoredOrAudited() {
        Account account = world.account(false, ZoneId.of("UTC"));
        RuleViolation failure = catchThrowableOfType(RuleViolation.class, () -> service(1).create(world.adminOf(account),
                new CreateUniqueCodeCommand("x", FakeWorld.START.plus(Duration.ofDays(1)))));
        assertThat(failure.code()).isEqualTo(FailureCode.UNIQUE_CODES_DISABLED);
        assertThat(world.codes.size()).isZero();
        assertThat(world.audit.events()).isEmpty();
    }

    @Test
    void unknownAccountIsNotFound() {
        Account ghost = Account.open("Ghost", new com.lockvue.domain.account.AccountSettings(true, ZoneId.of("UTC")),
                FakeWorld.START);
        NotFound failure = catchThrowableOfType(NotFound.class, () -> service(1).create(world.adminOf(ghost),
                new CreateUniqueCodeCommand("x", FakeWorld.START.plus(Duration.ofDays(1)))));
        assertThat(failure.code()).isEqualTo(FailureCode.ACCOUNT_NOT_FOUND);
    }

    @Test
    void invalidDescriptionIsRefusedAndNothingIsStored() {
        Account account = world.account();
        InvalidInput failure = catchThrowableOfType(InvalidInput.class, () -> service(1).create(world.adminOf(account),
                new CreateUniqueCodeCommand("d".repeat(201), FakeWorld.START.plus(Duration.ofDays(1)))));
        assertThat(failure.fieldErrors().get(0).field()).isEqualTo("/description");
        assertThat(world.codes.size()).isZero();
        assertThat(world.audit.events()).isEmpty();
    }

    @Test
    void sixMonthLimitIsCountedInTheAccountsTimeZone() {
        // 2026-08-31T02:00Z is 30 August 19:00 in Los Angeles: the limit there is 28 Feb 19:00 PST = 1 March 03:00Z.
        world.clock.set(Instant.parse("2026-08-31T02:00:00Z"));
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        Account inLosAngeles = world.account(true, losAngeles);
        Account inUtc = world.account(true, ZoneId.of("UTC"));
        Instant latestInLosAngeles = LocalDateTime.parse("2027-02-28T19:00").atZone(losAngeles).toInstant();

        UniqueCodeView view = service(1).create(world.adminOf(inLosAngeles),
                new CreateUniqueCodeCommand("x", latestInLosAngeles));
        assertThat(view.code().expiresAt()).isEqualTo(latestInLosAngeles);

        InvalidInput tooLateInLosAngeles = catchThrowableOfType(InvalidInput.class,
                () -> service(2).create(world.adminOf(inLosAngeles),
                        new CreateUniqueCodeCommand("x", latestInLosAngeles.plus(1, ChronoUnit.MICROS))));
        assertThat(tooLateInLosAngeles.code()).isEqualTo(FailureCode.EXPIRY_OUT_OF_RANGE);

        InvalidInput tooLateInUtc = catchThrowableOfType(InvalidInput.class,
                () -> service(3).create(world.adminOf(inUtc), new CreateUniqueCodeCommand("x", latestInLosAngeles)));
        assertThat(tooLateInUtc.code()).isEqualTo(FailureCode.EXPIRY_OUT_OF_RANGE);
        assertThat(world.codes.size()).isEqualTo(1);
    }

    @Test
    void expiryAtNowIsOutOfRange() {
        Account account = world.account();
        InvalidInput failure = catchThrowableOfType(InvalidInput.class, () -> service(1).create(world.adminOf(account),
                new CreateUniqueCodeCommand("x", FakeWorld.START)));
        assertThat(failure.code()).isEqualTo(FailureCode.EXPIRY_OUT_OF_RANGE);
    }
}
