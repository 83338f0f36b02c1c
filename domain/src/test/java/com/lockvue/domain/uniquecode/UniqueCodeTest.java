package com.lockvue.domain.uniquecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.failure.Conflict;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.FieldError;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.failure.NotAuthenticated;
import com.lockvue.domain.failure.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UniqueCodeTest {
    static final ZoneId UTC = ZoneOffset.UTC;
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    static final AccountId ACCOUNT = AccountId.random();
    static final DeviceId PHONE = new DeviceId("phone-0001");
    static final DeviceId OTHER_PHONE = new DeviceId("phone-0002");

    static UniqueCode create(String description, Instant expiresAt, Instant now, ZoneId zone) {
        return UniqueCode.create(ACCOUNT, description, expiresAt, now, zone);
    }

    static UniqueCode activeCode() {
        return create("Cleaner", NOW.plus(Duration.ofDays(7)), NOW, UTC);
    }

    @Nested
    class Creating {
        @Test
        void createsAnActiveUnboundCodeWithTheGivenFields() {
            Instant expiry = NOW.plus(Duration.ofDays(30));
            UniqueCode code = create("  Plumber, flat 3  ", expiry, NOW, UTC);
            assertThat(code.id()).isNotNull();
            assertThat(code.accountId()).isEqualTo(ACCOUNT);
            assertThat(code.description()).isEqualTo("Plumber, flat 3");
            assertThat(code.createdAt()).isEqualTo(NOW);
            assertThat(code.expiresAt()).isEqualTo(expiry);
            assertThat(code.deletedAt()).isEmpty();
            assertThat(code.boundDevice()).isEmpty();
            assertThat(code.deviceBoundAt()).isEmpty();
            assertThat(code.statusAt(NOW)).isEqualTo(UniqueCodeStatus.ACTIVE);
        }

        @Test
        void eachCreatedCodeGetsItsOwnId() {
            assertThat(activeCode().id()).isNotEqualTo(activeCode().id());
        }

        @Test
        void acceptsDescriptionsOfOneAndOfTwoHundredCharacters() {
            assertThat(create("x", NOW.plusSeconds(60), NOW, UTC).description()).isEqualTo("x");
            assertThat(create("d".repeat(200), NOW.plusSeconds(60), NOW, UTC).description()).hasSize(200);
        }

        @Test
        void refusesBlankDescription() {
            assertFieldError(() -> create("   ", NOW.plusSeconds(60), NOW, UTC), "/description");
            assertFieldError(() -> create("", NOW.plusSeconds(60), NOW, UTC), "/description");
            assertFieldError(() -> create(null, NOW.plusSeconds(60), NOW, UTC), "/description");
        }

        @Test
        void refusesDescriptionOfTwoHundredAndOneCharacters() {
            InvalidInput failure = assertFieldError(() -> create("d".repeat(201), NOW.plusSeconds(60), NOW, UTC),
                    "/description");
            assertThat(failure.fieldErrors().get(0).message()).contains("200");
        }

        @Test
        void refusesDescriptionWithControlCharacters() {
            assertFieldError(() -> create("line one\nline two", NOW.plusSeconds(60), NOW, UTC), "/description");
            assertFieldError(() -> create("bell\u0007", NOW.plusSeconds(60), NOW, UTC), "/description");
            assertFieldError(() -> create("nul\u0000byte", NOW.plusSeconds(60), NOW, UTC), "/description");
        }

        @Test
        void refusesDescriptionWithLoneSurrogatesOrNoncharacters() {
            assertFieldError(() -> create("broken \uD800 half", NOW.plusSeconds(60), NOW, UTC), "/description");
            assertFieldError(() -> create("trailing \uDFFF", NOW.plusSeconds(60), NOW, UTC), "/description");
            assertFieldError(() -> create("\uDC00\uD800 reversed pair", NOW.plusSeconds(60), NOW, UTC), "/description");
            assertFieldError(() -> create("not a char \uFFFE", NOW.plusSeconds(60), NOW, UTC), "/description");
            assertThat(create("key \uD83D\uDD11", NOW.plusSeconds(60), NOW, UTC).description()).isEqualTo("key \uD83D\uDD11");
        }

        @Test
        void reportsMissingDescriptionAndMissingExpiryTogether() {
            InvalidInput failure = catchThrowableOfType(InvalidInput.class, () -> create(" ", null, NOW, UTC));
            assertThat(failure.code()).isEqualTo(FailureCode.VALIDATION_FAILED);
            assertThat(failure.fieldErrors()).extracting(FieldError::field)
                    .containsExactlyInAnyOrder("/description", "/expiresAt");
        }

        @Test
        void refusesExpiryInThePast() {
            assertExpiryOutOfRange(() -> create("x", NOW.minusSeconds(1), NOW, UTC));
        }

        @Test
        void refusesExpiryEqualToNow() {
            assertExpiryOutOfRange(() -> create("x", NOW, NOW, UTC));
        }

        @Test
        void acceptsExpiryOneMicrosecondAfterNow() {
            Instant expiry = NOW.plus(1, ChronoUnit.MICROS);
            assertThat(create("x", expiry, NOW, UTC).expiresAt()).isEqualTo(expiry);
        }

        @Test
        void acceptsExpiryExactlySixCalendarMonthsAhead() {
            Instant limit = Instant.parse("2026-09-10T09:00:00Z");
            assertThat(create("x", limit, NOW, UTC).expiresAt()).isEqualTo(limit);
        }

        @Test
        void refusesExpiryOneMicrosecondPastSixMonths() {
            Instant limit = Instant.parse("2026-09-10T09:00:00Z");
            InvalidInput failure = assertExpiryOutOfRange(
                    () -> create("x", limit.plus(1, ChronoUnit.MICROS), NOW, UTC));
            assertThat(failure.fieldErrors().get(0).message()).contains(limit.toString());
        }

        @Test
        void keepsTheExpiryToTheMicrosecondAsTheDatabaseDoesWithoutRoundingUp() {
            Instant requested = Instant.parse("2026-03-17T09:00:59.999999999Z");
            assertThat(create("x", requested, NOW, UTC).expiresAt()).isEqualTo(Instant.parse("2026-03-17T09:00:59.999999Z"));
        }

        @Test
        void judgesTheSixMonthLimitOnTheMicrosecondThatIsStored() {
            Instant limit = Instant.parse("2026-09-10T09:00:00Z");
            assertThat(create("x", limit.plusNanos(999), NOW, UTC).expiresAt()).isEqualTo(limit);
        }

        @Test
        void anExpiryLessThanAMicrosecondAfterNowIsNowAndRefused() {
            assertExpiryOutOfRange(() -> create("x", NOW.plusNanos(999), NOW, UTC));
        }

        @Test
        void theCreationInstantIsKeptToTheMicrosecondToo() {
            assertThat(create("x", NOW.plusSeconds(60), NOW.plusNanos(1_999), UTC).createdAt()).isEqualTo(NOW.plusNanos(1_000));
        }

        @Test
        void sixMonthsAfterAugustThirtyFirstEndsOnFebruaryTwentyEighthInTheAccountZone() {
            Instant now = LocalDateTime.parse("2026-08-31T10:00").atZone(PARIS).toInstant(); // 08:00Z (summer time)
            Instant latest = LocalDateTime.parse("2027-02-28T10:00").atZone(PARIS).toInstant(); // 09:00Z (winter time)

            assertThat(UniqueCode.latestExpiry(now, PARIS)).isEqualTo(latest);
            assertThat(create("x", latest, now, PARIS).expiresAt()).isEqualTo(latest);
            assertExpiryOutOfRange(() -> create("x", latest.plus(1, ChronoUnit.MICROS), now, PARIS));
        }

        @Test
        void theLimitIsCountedInTheAccountZoneNotInUtc() {
            // 2026-08-31T02:00Z is still 30 August, 19:00 in Los Angeles
            Instant now = Instant.parse("2026-08-31T02:00:00Z");
            ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
            Instant latestInLosAngeles = LocalDateTime.parse("2027-02-28T19:00").atZone(losAngeles).toInstant();
            assertThat(latestInLosAngeles).isEqualTo(Instant.parse("2027-03-01T03:00:00Z"));
            assertThat(UniqueCode.latestExpiry(now, UTC)).isEqualTo(Instant.parse("2027-02-28T02:00:00Z"));

            Instant expiry = Instant.parse("2027-03-01T00:00:00Z");
            assertThat(create("x", expiry, now, losAngeles).expiresAt()).isEqualTo(expiry);
            assertExpiryOutOfRange(() -> create("x", expiry, now, UTC));
        }
    }

    @Nested
    class Status {
        @Test
        void isActiveUntilTheExactExpiryInstantAndExpiredAtIt() {
            UniqueCode code = activeCode();
            Instant expiry = code.expiresAt();
            assertThat(code.statusAt(expiry.minusNanos(1))).isEqualTo(UniqueCodeStatus.ACTIVE);
            assertThat(code.statusAt(expiry)).isEqualTo(UniqueCodeStatus.EXPIRED);
            assertThat(code.statusAt(expiry.plusSeconds(3600))).isEqualTo(UniqueCodeStatus.EXPIRED);
        }

        @Test
        void isDeletedAfterDeleteEvenBeforeExpiryAndAfterIt() {
            UniqueCode code = activeCode();
            Instant deletedAt = NOW.plusSeconds(10);
            code.delete(deletedAt);
            assertThat(code.isDeleted()).isTrue();
            assertThat(code.deletedAt()).contains(deletedAt);
            assertThat(code.statusAt(NOW.plusSeconds(11))).isEqualTo(UniqueCodeStatus.DELETED);
            assertThat(code.statusAt(code.expiresAt().plusSeconds(1))).isEqualTo(UniqueCodeStatus.DELETED);
        }

        @Test
        void deletingTwiceKeepsTheFirstDeletionTime() {
            UniqueCode code = activeCode();
            code.delete(NOW.plusSeconds(10));
            code.delete(NOW.plusSeconds(20));
            assertThat(code.deletedAt()).contains(NOW.plusSeconds(10));
        }

        @Test
        void requireActivePassesWhileActiveAndNamesTheRuleOtherwise() {
            UniqueCode code = activeCode();
            assertThatCode(() -> code.requireActive(NOW)).doesNotThrowAnyException();

            RuleViolation expired = catchThrowableOfType(RuleViolation.class, () -> code.requireActive(code.expiresAt()));
            assertThat(expired.code()).isEqualTo(FailureCode.UNIQUE_CODE_EXPIRED);

            code.delete(NOW);
            NotAuthenticated deleted = catchThrowableOfType(NotAuthenticated.class, () -> code.requireActive(NOW));
            assertThat(deleted.code()).isEqualTo(FailureCode.CODE_SESSION_ENDED);
        }
    }

    @Nested
    class Devices {
        @Test
        void firstLoginBindsTheDevice() {
            UniqueCode code = activeCode();
            Instant at = NOW.plusSeconds(5);
            assertThat(code.admitDevice(PHONE, at)).isTrue();
            assertThat(code.boundDevice()).contains(PHONE);
            assertThat(code.deviceBoundAt()).contains(at);
        }

        @Test
        void sameDeviceMayLogInAgainWithoutRebinding() {
            UniqueCode code = activeCode();
            code.admitDevice(PHONE, NOW);
            assertThat(code.admitDevice(new DeviceId("phone-0001"), NOW.plusSeconds(60))).isFalse();
            assertThat(code.deviceBoundAt()).contains(NOW);
        }

        @Test
        void anotherDeviceIsRefusedWhileTheCodeIsBound() {
            UniqueCode code = activeCode();
            code.admitDevice(PHONE, NOW);
            Conflict failure = catchThrowableOfType(Conflict.class, () -> code.admitDevice(OTHER_PHONE, NOW));
            assertThat(failure.code()).isEqualTo(FailureCode.CODE_BOUND_TO_OTHER_DEVICE);
            assertThat(code.boundDevice()).contains(PHONE);
        }

        @Test
        void releasingLetsAnotherDeviceBind() {
            UniqueCode code = activeCode();
            code.admitDevice(PHONE, NOW);
            assertThat(code.releaseDevice()).isTrue();
            assertThat(code.boundDevice()).isEmpty();
            assertThat(code.deviceBoundAt()).isEmpty();
            assertThat(code.admitDevice(OTHER_PHONE, NOW.plusSeconds(1))).isTrue();
            assertThat(code.boundDevice()).contains(OTHER_PHONE);
        }

        @Test
        void releasingAnUnboundCodeReportsNothingWasReleased() {
            assertThat(activeCode().releaseDevice()).isFalse();
        }

        @Test
        void expiredCodeAdmitsNoDevice() {
            UniqueCode code = activeCode();
            RuleViolation failure = catchThrowableOfType(RuleViolation.class,
                    () -> code.admitDevice(PHONE, code.expiresAt()));
            assertThat(failure.code()).isEqualTo(FailureCode.UNIQUE_CODE_EXPIRED);
            assertThat(code.boundDevice()).isEmpty();
        }

        @Test
        void deletedCodeAdmitsNoDeviceAndDeletingReleasesTheBinding() {
            UniqueCode code = activeCode();
            code.admitDevice(PHONE, NOW);
            code.delete(NOW.plusSeconds(1));
            assertThat(code.boundDevice()).isEmpty();
            NotAuthenticated failure = catchThrowableOfType(NotAuthenticated.class,
                    () -> code.admitDevice(PHONE, NOW.plusSeconds(2)));
            assertThat(failure.code()).isEqualTo(FailureCode.CODE_SESSION_ENDED);
        }
    }

    @Nested
    class Sessions {
        @Test
        void sessionOfTheBoundDeviceIsValidUntilExpiry() {
            UniqueCode code = activeCode();
            code.admitDevice(PHONE, NOW);
            assertThatCode(() -> code.requireSessionValid(PHONE, code.expiresAt().minusNanos(1)))
                    .doesNotThrowAnyException();
        }

        @Test
        void sessionEndsWhenTheDeviceIsReleased() {
            UniqueCode code = activeCode();
            code.admitDevice(PHONE, NOW);
            code.releaseDevice();
            NotAuthenticated failure = catchThrowableOfType(NotAuthenticated.class,
                    () -> code.requireSessionValid(PHONE, NOW));
            assertThat(failure.code()).isEqualTo(FailureCode.CODE_SESSION_ENDED);
        }

        @Test
        void sessionOfTheOldDeviceEndsOnceAnotherDeviceIsBound() {
            UniqueCode code = activeCode();
            code.admitDevice(PHONE, NOW);
            code.releaseDevice();
            code.admitDevice(OTHER_PHONE, NOW);
            NotAuthenticated failure = catchThrowableOfType(NotAuthenticated.class,
                    () -> code.requireSessionValid(PHONE, NOW));
            assertThat(failure.code()).isEqualTo(FailureCode.CODE_SESSION_ENDED);
        }

        @Test
        void sessionIsRefusedAsExpiredAtTheExactExpiryInstant() {
            UniqueCode code = activeCode();
            code.admitDevice(PHONE, NOW);
            RuleViolation failure = catchThrowableOfType(RuleViolation.class,
                    () -> code.requireSessionValid(PHONE, code.expiresAt()));
            assertThat(failure.code()).isEqualTo(FailureCode.UNIQUE_CODE_EXPIRED);
        }

        @Test
        void sessionEndsWhenTheCodeIsDeleted() {
            UniqueCode code = activeCode();
            code.admitDevice(PHONE, NOW);
            code.delete(NOW);
            NotAuthenticated failure = catchThrowableOfType(NotAuthenticated.class,
                    () -> code.requireSessionValid(PHONE, NOW));
            assertThat(failure.code()).isEqualTo(FailureCode.CODE_SESSION_ENDED);
        }
    }

    static InvalidInput assertFieldError(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        InvalidInput failure = catchThrowableOfType(InvalidInput.class, call);
        assertThat(failure).as("expected InvalidInput on %s", field).isNotNull();
        assertThat(failure.code()).isEqualTo(FailureCode.VALIDATION_FAILED);
        assertThat(failure.fieldErrors()).extracting(FieldError::field).containsExactly(field);
        return failure;
    }

    static InvalidInput assertExpiryOutOfRange(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        InvalidInput failure = catchThrowableOfType(InvalidInput.class, call);
        assertThat(failure).as("expected InvalidInput EXPIRY_OUT_OF_RANGE").isNotNull();
        assertThat(failure.code()).isEqualTo(FailureCode.EXPIRY_OUT_OF_RANGE);
        assertThat(failure.fieldErrors()).extracting(FieldError::field).containsExactly("/expiresAt");
        return failure;
    }
}
