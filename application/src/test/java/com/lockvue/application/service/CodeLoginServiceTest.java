package com.lockvue.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.application.fakes.FakeWorld;
import com.lockvue.application.port.in.CodeLoginUseCase.CodeLoginCommand;
import com.lockvue.application.port.in.CodeLoginUseCase.CodeLoginResult;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.audit.AuditOutcome;
import com.lockvue.domain.failure.Conflict;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.FieldError;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.failure.NotAuthenticated;
import com.lockvue.domain.failure.RuleViolation;
import com.lockvue.domain.failure.TooManyAttempts;
import com.lockvue.domain.uniquecode.DeviceId;
import com.lockvue.domain.uniquecode.UniqueCode;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CodeLoginServiceTest {
    static final String PHONE = "phone-0001";
    static final String OTHER_PHONE = "phone-0002";

    final FakeWorld world = new FakeWorld();
    final CodeLoginService service = new CodeLoginService(world.accounts, world.codes, world.limiter, world.limits,
            java.time.Duration.ofHours(12), world.audited);
    Account account;
    UniqueCode code;

    @BeforeEach
    void seed() {
        account = world.account();
        code = world.code(account, "ABCD-EFGH-JKMN", Duration.ofDays(7));
    }

    CodeLoginResult logIn(String typed, String device) {
        return logIn(typed, device, FakeWorld.ADDRESS);
    }

    CodeLoginResult logIn(String typed, String device, String address) {
        return service.logIn(CodeLoginCommand.of(typed, device, address));
    }

    UniqueCode stored() {
        return world.codes.stored(code.id()).orElseThrow();
    }

    @Nested
    class Succeeding {
        @Test
        void lowerCaseCodeWithoutHyphensLogsInAndBindsTheDevice() {
            world.clock.advance(Duration.ofMinutes(2));
            CodeLoginResult result = logIn("abcdefghjkmn", PHONE);

            assertThat(result.code().id()).isEqualTo(code.id());
            assertThat(result.session().uniqueCodeId()).isEqualTo(code.id());
            assertThat(result.session().accountId()).isEqualTo(account.id());
            assertThat(result.session().deviceId()).isEqualTo(new DeviceId(PHONE));
            assertThat(result.session().clientAddress()).isEqualTo(FakeWorld.ADDRESS);
            assertThat(stored().boundDevice()).contains(new DeviceId(PHONE));
            assertThat(stored().deviceBoundAt()).contains(FakeWorld.START.plus(Duration.ofMinutes(2)));
        }

        @Test
        void crockfordAliasesAreAccepted() {
            UniqueCode withDigits = world.code(account, "0011-2345-6789", Duration.ofDays(1));
            assertThat(logIn("oOiL 2345 6789", PHONE).code().id()).isEqualTo(withDigits.id());
        }

        @Test
        void successIsAuditedAsTheCode() {
            logIn("ABCD-EFGH-JKMN", PHONE);

            AuditEvent event = world.audit.single();
            assertThat(event.action()).isEqualTo(AuditAction.CODE_LOGIN);
            assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(event.actor()).isEqualTo(Actor.uniqueCode(code.id()));
            assertThat(event.accountId()).isEqualTo(account.id());
            assertThat(event.uniqueCodeId()).isEqualTo(code.id());
            assertThat(event.clientAddress()).isEqualTo(FakeWorld.ADDRESS);
            assertThat(event.reason()).contains(PHONE).doesNotContain("ABCD", "EFGH", "JKMN");
        }

        @Test
        void sameDeviceCanLogInAgainAndKeepsItsBinding() {
            logIn("ABCD-EFGH-JKMN", PHONE);
            world.clock.advance(Duration.ofHours(1));
            logIn("abcd efgh jkmn", PHONE);
            assertThat(stored().deviceBoundAt()).contains(FakeWorld.START);
            assertThat(world.audit.events()).extracting(AuditEvent::outcome)
                    .containsExactly(AuditOutcome.SUCCESS, AuditOutcome.SUCCESS);
        }

        @Test
        void anotherDeviceCanBindOnceTheOwnerReleasedTheCode() {
            logIn("ABCD-EFGH-JKMN", PHONE);
            UniqueCode released = stored();
            released.releaseDevice();
            world.codes.update(released);

            logIn("ABCD-EFGH-JKMN", OTHER_PHONE);
            assertThat(stored().boundDevice()).contains(new DeviceId(OTHER_PHONE));
        }
    }

    @Nested
    class Refusing {
        @Test
        void secondDeviceIsAConflictAuditedAsFailureAndTheBindingStays() {
            logIn("ABCD-EFGH-JKMN", PHONE);

            Conflict failure = catchThrowableOfType(Conflict.class, () -> logIn("ABCD-EFGH-JKMN", OTHER_PHONE));

            assertThat(failure.code()).isEqualTo(FailureCode.CODE_BOUND_TO_OTHER_DEVICE);
            assertThat(stored().boundDevice()).contains(new DeviceId(PHONE));
            AuditEvent event = world.audit.last();
            assertThat(event.action()).isEqualTo(AuditAction.CODE_LOGIN);
            assertThat(event.outcome()).isEqualTo(AuditOutcome.FAILURE);
            assertThat(event.reason()).contains("code-bound-to-other-device").contains(OTHER_PHONE);
            assertThat(event.accountId()).isEqualTo(account.id());
            assertThat(event.uniqueCodeId()).isEqualTo(code.id());
            assertThat(event.actor()).isEqualTo(Actor.uniqueCode(code.id()));
            assertThat(world.tx.rollbacks()).as("the refusal and its audit line are committed").isZero();
        }

        @Test
        void expiredCodeIsARuleViolationAuditedAndDoesNotBind() {
            world.clock.set(code.expiresAt());

            RuleViolation failure = catchThrowableOfType(RuleViolation.class, () -> logIn("ABCD-EFGH-JKMN", PHONE));

            assertThat(failure.code()).isEqualTo(FailureCode.UNIQUE_CODE_EXPIRED);
            assertThat(stored().boundDevice()).isEmpty();
            AuditEvent event = world.audit.single();
            assertThat(event.outcome()).isEqualTo(AuditOutcome.FAILURE);
            assertThat(event.reason()).startsWith("unique-code-expired");
            assertThat(event.accountId()).isEqualTo(account.id());
            assertThat(event.uniqueCodeId()).isEqualTo(code.id());
        }

        @Test
        void codeIsStillAcceptedOneNanosecondBeforeExpiry() {
            world.clock.set(code.expiresAt().minusNanos(1));
            assertThat(logIn("ABCD-EFGH-JKMN", PHONE).code().id()).isEqualTo(code.id());
        }

        @Test
        void unknownCodeIsNotAuthenticatedAndAuditedWithNoAccount() {
            NotAuthenticated failure = catchThrowableOfType(NotAuthenticated.class,
                    () -> logIn("ZZZZ-ZZZZ-ZZZZ", PHONE));

            assertThat(failure.code()).isEqualTo(FailureCode.INVALID_UNIQUE_CODE);
            AuditEvent event = world.audit.single();
            assertThat(event.action()).isEqualTo(AuditAction.CODE_LOGIN);
            assertThat(event.outcome()).isEqualTo(AuditOutcome.FAILURE);
            assertThat(event.accountId()).isNull();
            assertThat(event.uniqueCodeId()).isNull();
            assertThat(event.actor()).isEqualTo(Actor.anonymous());
            assertThat(event.reason()).startsWith("invalid-unique-code").doesNotContain("ZZZZ");
            assertThat(event.clientAddress()).isEqualTo(FakeWorld.ADDRESS);
        }

        @Test
        void deletedCodeIsTheSameAsAnUnknownCode() {
            UniqueCode deleted = stored();
            deleted.delete(FakeWorld.START);
            world.codes.update(deleted);

            NotAuthenticated failure = catchThrowableOfType(NotAuthenticated.class,
                    () -> logIn("ABCD-EFGH-JKMN", PHONE));
            assertThat(failure.code()).isEqualTo(FailureCode.INVALID_UNIQUE_CODE);
            assertThat(world.audit.single().accountId()).isNull();
        }

        @Test
        void malformedCodeAndDeviceAreRefusedTogetherBeforeTheUseCaseCountsOrRecordsAnything() {
            // The command is typed: what cannot be a code or a device id never reaches the use case (the REST
            // adapter answers 400), so it neither fills the address's allowance nor writes an audit line.
            InvalidInput failure = catchThrowableOfType(InvalidInput.class,
                    () -> CodeLoginCommand.of("UUUU-UUUU-UUUU", "bad id", FakeWorld.ADDRESS));

            assertThat(failure.fieldErrors()).extracting(FieldError::field).containsExactly("/code", "/deviceId");
            assertThat(world.audit.events()).isEmpty();
            assertThat(world.limiter.attempts("code-login:addr:" + FakeWorld.ADDRESS)).isZero();
        }

        @Test
        void featureTurnedOffRefusesLoginAuditsAndDoesNotBind() {
            world.setUniqueCodesEnabled(account, false);

            RuleViolation failure = catchThrowableOfType(RuleViolation.class, () -> logIn("ABCD-EFGH-JKMN", PHONE));

            assertThat(failure.code()).isEqualTo(FailureCode.UNIQUE_CODES_DISABLED);
            assertThat(stored().boundDevice()).isEmpty();
            AuditEvent event = world.audit.single();
            assertThat(event.outcome()).isEqualTo(AuditOutcome.FAILURE);
            assertThat(event.reason()).startsWith("unique-codes-disabled");
            assertThat(event.accountId()).isEqualTo(account.id());
        }

        @Test
        void malformedDeviceIdIsInvalidInputAndBindsNothing() {
            InvalidInput failure = catchThrowableOfType(InvalidInput.class, () -> logIn("ABCD-EFGH-JKMN", "bad id"));
            assertThat(failure.fieldErrors()).extracting(FieldError::field).containsExactly("/deviceId");
            assertThat(stored().boundDevice()).isEmpty();
        }
    }

    @Nested
    class RateLimiting {
        @Test
        void perAddressLimitRefusesEvenAValidCodeWithAPositiveRetryAfter() {
            for (int i = 0; i < world.limits.perAddress(); i++) {
                String device = "guessing-device-" + i;
                catchThrowableOfType(NotAuthenticated.class, () -> logIn("ZZZZ-ZZZZ-ZZZZ", device));
            }
            world.clock.advance(Duration.ofMinutes(4));

            TooManyAttempts failure = catchThrowableOfType(TooManyAttempts.class,
                    () -> logIn("ABCD-EFGH-JKMN", PHONE));

            assertThat(failure.code()).isEqualTo(FailureCode.TOO_MANY_ATTEMPTS);
            assertThat(failure.retryAfter()).isPositive().isEqualTo(Duration.ofMinutes(11));
            assertThat(stored().boundDevice()).as("a refused attempt binds nothing").isEmpty();
            AuditEvent event = world.audit.last();
            assertThat(event.outcome()).isEqualTo(AuditOutcome.FAILURE);
            assertThat(event.reason()).startsWith("too-many-attempts");
            assertThat(event.accountId()).as("the code is not even looked up").isNull();
        }

        /**
         * A count that passed commits without waiting for the disk (the login's own commit, durable, follows and
         * takes it along); the one that refuses, with its audited refusal, waits as every other commit does.
         */
        @Test
        void onlyACountThatPassedCommitsWithoutWaitingForTheDisk() {
            catchThrowableOfType(NotAuthenticated.class, () -> logIn("ZZZZ-ZZZZ-ZZZZ", "guessing-device-0"));
            assertThat(world.tx.commitsWithoutWaiting()).as("a wrong code's count passed").isEqualTo(1);
            logIn("ABCD-EFGH-JKMN", PHONE);
            assertThat(world.tx.commitsWithoutWaiting()).isEqualTo(2);
            for (int i = 2; i < world.limits.perAddress(); i++) {
                logIn("ABCD-EFGH-JKMN", PHONE);
            }
            int before = world.tx.commitsWithoutWaiting();
            catchThrowableOfType(TooManyAttempts.class, () -> logIn("ABCD-EFGH-JKMN", PHONE));
            assertThat(world.tx.commitsWithoutWaiting()).as("the refusing count").isEqualTo(before);
            assertThat(world.audit.last().reason()).startsWith("too-many-attempts");
        }

        @Test
        void anotherAddressIsNotAffectedByTheAddressLimit() {
            for (int i = 0; i <= world.limits.perAddress(); i++) {
                String device = "guessing-device-" + i;
                catchThrowableOfType(RuntimeException.class, () -> logIn("ZZZZ-ZZZZ-ZZZZ", device));
            }
            assertThat(logIn("ABCD-EFGH-JKMN", PHONE, "198.51.100.99").code().id()).isEqualTo(code.id());
        }

        @Test
        void everyAddressOfOneIpv6Slash64SharesOneAllowance() {
            for (int i = 0; i < world.limits.perAddress(); i++) {
                String device = "guessing-device-" + i;
                String address = "2001:db8:7:1::" + Integer.toHexString(i + 1);
                catchThrowableOfType(NotAuthenticated.class, () -> logIn("ZZZZ-ZZZZ-ZZZZ", device, address));
            }

            assertThat(catchThrowableOfType(TooManyAttempts.class,
                    () -> logIn("ABCD-EFGH-JKMN", PHONE, "2001:db8:7:1:ffff::9"))).as("another address of the /64").isNotNull();
            assertThat(stored().boundDevice()).isEmpty();
            assertThat(logIn("ABCD-EFGH-JKMN", PHONE, "2001:db8:7:2::1").code().id())
                    .as("the next /64 is another client").isEqualTo(code.id());
        }

        @Test
        void perDeviceLimitRefusesAcrossAddresses() {
            for (int i = 0; i < world.limits.perSubject(); i++) {
                String address = "198.51.100." + i;
                catchThrowableOfType(NotAuthenticated.class, () -> logIn("ZZZZ-ZZZZ-ZZZZ", PHONE, address));
            }

            TooManyAttempts failure = catchThrowableOfType(TooManyAttempts.class,
                    () -> logIn("ABCD-EFGH-JKMN", PHONE, "198.51.100.200"));

            assertThat(failure.retryAfter()).isPositive().isEqualTo(world.limits.window());
            assertThat(stored().boundDevice()).isEmpty();
        }

        @Test
        void refusedAttemptsAreCountedAndCommitted() {
            catchThrowableOfType(NotAuthenticated.class, () -> logIn("ZZZZ-ZZZZ-ZZZZ", PHONE));
            catchThrowableOfType(NotAuthenticated.class, () -> logIn("YYYY-YYYY-YYYY", PHONE));
            catchThrowableOfType(NotAuthenticated.class, () -> logIn("ZZZZ-ZZZZ-ZZZZ", PHONE));
            catchThrowableOfType(TooManyAttempts.class, () -> logIn("ABCD-EFGH-JKMN", PHONE));

            assertThat(world.limiter.attempts("code-login:addr:" + FakeWorld.ADDRESS)).isEqualTo(4);
            assertThat(world.limiter.attempts("code-login:device:" + PHONE)).isEqualTo(4);
            assertThat(world.audit.events()).hasSize(4)
                    .allSatisfy(e -> assertThat(e.outcome()).isEqualTo(AuditOutcome.FAILURE));
            assertThat(world.tx.rollbacks()).isZero();
        }

        @Test
        void aBoundPhoneLoggingInAgainAndAgainIsNeverLimitedBecauseOnlyFailuresCount() {
            for (int i = 0; i < 3 * world.limits.perSubject(); i++) {
                String address = "198.51.100." + i;
                assertThat(logIn("ABCD-EFGH-JKMN", PHONE, address).code().id()).isEqualTo(code.id());
            }
            assertThat(world.limiter.attempts("code-login:device:" + PHONE)).isZero();
        }

        @Test
        void wrongCodesSentWithAPhonesDeviceIdCannotLockThePhoneOutOfItsOwnCode() {
            logIn("ABCD-EFGH-JKMN", PHONE);
            for (int i = 0; i < 2 * world.limits.perSubject(); i++) {
                String attacker = "192.0.2." + i;
                catchThrowableOfType(RuntimeException.class, () -> logIn("ZZZZ-ZZZZ-ZZZZ", PHONE, attacker));
            }
            assertThat(logIn("abcd efgh jkmn", PHONE, "198.51.100.7").code().id()).isEqualTo(code.id());
        }

        @Test
        void aDeviceOverItsFailureLimitCannotBindAnotherCode() {
            UniqueCode other = world.code(account, "MNPQ-RSTV-WXYZ", Duration.ofDays(3));
            for (int i = 0; i < world.limits.perSubject(); i++) {
                String address = "192.0.2." + i;
                catchThrowableOfType(NotAuthenticated.class, () -> logIn("ZZZZ-ZZZZ-ZZZZ", PHONE, address));
            }
            assertThat(catchThrowableOfType(TooManyAttempts.class, () -> logIn("MNPQ-RSTV-WXYZ", PHONE, "198.51.100.8")))
                    .isNotNull();
            assertThat(world.codes.stored(other.id()).orElseThrow().boundDevice()).isEmpty();
        }

        @Test
        void deviceCanLogInAgainOnceTheWindowHasPassed() {
            for (int i = 0; i <= world.limits.perSubject(); i++) {
                catchThrowableOfType(RuntimeException.class, () -> logIn("ZZZZ-ZZZZ-ZZZZ", PHONE));
            }
            world.clock.advance(world.limits.window());
            assertThat(logIn("ABCD-EFGH-JKMN", PHONE).code().id()).isEqualTo(code.id());
        }
    }
}
