package com.lockvue.domain.uniquecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.failure.RuleViolation;
import com.lockvue.domain.uniquecode.AccessBlock.Reason;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AccessRulesTest {
    static final ZoneId UTC = ZoneOffset.UTC;
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    static final Duration MICRO = Duration.ofNanos(1000);
    static final AccountId ACCOUNT = AccountId.random();
    static final DeviceId PHONE = new DeviceId("phone-0001");

    static UniqueCode code(Instant startsAt, Instant expiresAt, WeeklySchedule schedule, UseLimits limits) {
        return UniqueCode.create(ACCOUNT, "Guest", startsAt, expiresAt, schedule, limits, NOW, UTC);
    }

    static UniqueCode limited(Integer maxUnlocks, Integer minutesAfterFirst) {
        return code(null, NOW.plus(Duration.ofDays(7)), WeeklySchedule.always(), new UseLimits(maxUnlocks, minutesAfterFirst));
    }

    static InvalidInput invalid(Runnable make) {
        return catchThrowableOfType(InvalidInput.class, make::run);
    }

    @Nested
    class Start {
        @Test
        void aCodeBeforeItsStartIsScheduledAndOpensNothingUntilItsFirstMicrosecond() {
            Instant start = NOW.plus(Duration.ofDays(2));
            UniqueCode code = code(start, start.plus(Duration.ofDays(1)), WeeklySchedule.always(), UseLimits.none());
            assertThat(code.statusAt(start.minus(MICRO))).isEqualTo(UniqueCodeStatus.SCHEDULED);
            assertThat(code.blocksAt(start.minus(MICRO), UTC)).containsExactly(AccessBlock.until(Reason.NOT_STARTED, start));
            assertThat(catchThrowableOfType(RuleViolation.class, () -> code.requireOpenUntil(start.minus(MICRO), UTC))
                    .code()).isEqualTo(FailureCode.UNIQUE_CODE_NOT_STARTED);
            assertThat(code.statusAt(start)).isEqualTo(UniqueCodeStatus.ACTIVE);
            assertThat(code.requireOpenUntil(start, UTC)).isEqualTo(start.plus(Duration.ofDays(1)));
            assertThat(code.statusChangesAt(start.minus(MICRO))).contains(start);
            assertThat(code.nextOpeningAfter(start.minus(MICRO), UTC)).contains(start);
        }

        @Test
        void aScheduledCodeCanBeLoggedIntoToSetThePhoneUp() {
            UniqueCode code = code(NOW.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(3)), WeeklySchedule.always(),
                    UseLimits.none());
            assertThat(code.admitDevice(PHONE, NOW)).isTrue();
            assertThatCode(() -> code.requireSessionValid(PHONE, NOW)).doesNotThrowAnyException();
        }

        @Test
        void theStartMayBeAtMostTwelveMonthsAheadToTheMicrosecondAndNotInThePast() {
            Instant latest = Instant.parse("2027-03-10T09:00:00Z");
            assertThat(code(latest, latest.plusSeconds(60), WeeklySchedule.always(), UseLimits.none()).startsAt())
                    .isEqualTo(latest);
            InvalidInput tooLate = invalid(() -> code(latest.plus(MICRO), latest.plusSeconds(60),
                    WeeklySchedule.always(), UseLimits.none()));
            assertThat(tooLate.code()).isEqualTo(FailureCode.START_OUT_OF_RANGE);
            assertThat(tooLate.fieldErrors().get(0).field()).isEqualTo("/startsAt");
            assertThat(invalid(() -> code(NOW.minus(MICRO), NOW.plusSeconds(60), WeeklySchedule.always(),
                    UseLimits.none())).code()).isEqualTo(FailureCode.START_OUT_OF_RANGE);
        }

        @Test
        void theSixMonthsAreTheLengthOfTheWindowFromItsStart() {
            Instant start = Instant.parse("2026-08-31T00:00:00Z");
            Instant latest = Instant.parse("2027-02-28T00:00:00Z");
            assertThat(code(start, latest, WeeklySchedule.always(), UseLimits.none()).expiresAt()).isEqualTo(latest);
            assertThat(invalid(() -> code(start, latest.plus(MICRO), WeeklySchedule.always(), UseLimits.none())).code())
                    .isEqualTo(FailureCode.EXPIRY_OUT_OF_RANGE);
            assertThat(invalid(() -> code(start, start, WeeklySchedule.always(), UseLimits.none())).code())
                    .isEqualTo(FailureCode.EXPIRY_OUT_OF_RANGE);
        }

        @Test
        void aBadStartAndABadExpiryAreReportedTogether() {
            InvalidInput both = invalid(() -> code(NOW.minusSeconds(1), NOW.minusSeconds(1), WeeklySchedule.always(),
                    UseLimits.none()));
            assertThat(both.fieldErrors()).extracting(e -> e.field()).containsExactly("/startsAt", "/expiresAt");
        }
    }

    @Nested
    class Windows {
        final WeeklySchedule officeHours = new WeeklySchedule(List.of(new WeeklyWindow(
                Set.of(DayOfWeek.TUESDAY), LocalTime.parse("09:00"), LocalTime.parse("17:00"))));

        @Test
        void outsideItsWindowsACodeIsActiveButOpensNothingUntilTheNextOpening() {
            // NOW is Tuesday 2026-03-10 09:00 UTC; the code was made an hour before the window opens.
            UniqueCode code = UniqueCode.create(ACCOUNT, "Cleaner", null, NOW.plus(Duration.ofDays(30)), officeHours,
                    UseLimits.none(), NOW.minusSeconds(3600), UTC);
            Instant before = NOW.minus(MICRO);
            assertThat(code.statusAt(before)).isEqualTo(UniqueCodeStatus.ACTIVE);
            assertThat(code.blocksAt(before, UTC)).containsExactly(AccessBlock.until(Reason.OUTSIDE_WINDOWS, NOW));
            assertThat(catchThrowableOfType(RuleViolation.class, () -> code.requireOpenUntil(before, UTC)).code())
                    .isEqualTo(FailureCode.OUTSIDE_ACCESS_WINDOW);
            assertThat(code.nextOpeningAfter(before, UTC)).contains(NOW);
            assertThat(code.blocksAt(NOW, UTC)).isEmpty();
        }

        @Test
        void aCommandMayBeValidUntilTheEndOfTheCurrentWindowAndNoLonger() {
            UniqueCode code = code(null, NOW.plus(Duration.ofDays(30)), officeHours, UseLimits.none());
            assertThat(code.requireOpenUntil(NOW, UTC)).isEqualTo(Instant.parse("2026-03-10T17:00:00Z"));
            assertThat(code.requireOpenUntil(Instant.parse("2026-03-10T16:59:59.999999Z"), UTC))
                    .isEqualTo(Instant.parse("2026-03-10T17:00:00Z"));
            assertThat(code.blocksAt(Instant.parse("2026-03-10T17:00:00Z"), UTC))
                    .containsExactly(AccessBlock.until(Reason.OUTSIDE_WINDOWS, Instant.parse("2026-03-17T09:00:00Z")));
        }

        @Test
        void aWindowThatWouldOpenOnlyAfterTheExpiryNeverOpens() {
            UniqueCode code = code(null, Instant.parse("2026-03-12T00:00:00Z"), officeHours, UseLimits.none());
            Instant evening = Instant.parse("2026-03-10T18:00:00Z");
            assertThat(code.blocksAt(evening, UTC)).containsExactly(AccessBlock.until(Reason.OUTSIDE_WINDOWS, null));
            assertThat(code.nextOpeningAfter(evening, UTC)).isEmpty();
        }

        @Test
        void theExpiryCapsACommandInsideAWindow() {
            Instant expiry = Instant.parse("2026-03-10T12:00:00Z");
            UniqueCode code = code(null, expiry, officeHours, UseLimits.none());
            assertThat(code.requireOpenUntil(NOW, UTC)).isEqualTo(expiry);
        }
    }

    @Nested
    class UseLimitsRules {
        @Test
        void aOneTimeCodeOpensOnceThenIsExhausted() {
            UniqueCode code = limited(1, null);
            code.recordUnlock(NOW, UTC);
            assertThat(code.usage()).isEqualTo(new Usage(1, NOW));
            assertThat(code.statusAt(NOW)).isEqualTo(UniqueCodeStatus.EXHAUSTED);
            assertThat(code.blocksAt(NOW, UTC)).containsExactly(AccessBlock.of(Reason.EXHAUSTED));
            RuleViolation second = catchThrowableOfType(RuleViolation.class, () -> code.recordUnlock(NOW, UTC));
            assertThat(second.code()).isEqualTo(FailureCode.UNIQUE_CODE_EXHAUSTED);
            assertThat(code.usage().unlocksUsed()).isEqualTo(1);
        }

        @Test
        void theNthUnlockIsAllowedAndTheNPlusFirstIsNot() {
            UniqueCode code = limited(3, null);
            for (int i = 1; i <= 3; i++) {
                assertThat(code.statusAt(NOW)).as("before unlock " + i).isEqualTo(UniqueCodeStatus.ACTIVE);
                code.recordUnlock(NOW.plusSeconds(i), UTC);
            }
            assertThat(catchThrowableOfType(RuleViolation.class, () -> code.recordUnlock(NOW.plusSeconds(4), UTC))
                    .code()).isEqualTo(FailureCode.UNIQUE_CODE_EXHAUSTED);
            assertThat(code.usage()).isEqualTo(new Usage(3, NOW.plusSeconds(1)));
        }

        @Test
        void aCodeExpiresTheSetMinutesAfterItsFirstUnlockToTheMicrosecond() {
            UniqueCode code = limited(null, 15);
            Instant first = NOW.plusSeconds(30);
            code.recordUnlock(first, UTC);
            code.recordUnlock(first.plusSeconds(60), UTC);
            Instant end = first.plus(Duration.ofMinutes(15));
            assertThat(code.effectiveExpiry()).isEqualTo(end);
            assertThat(code.statusAt(end.minus(MICRO))).isEqualTo(UniqueCodeStatus.ACTIVE);
            assertThat(code.requireOpenUntil(end.minus(MICRO), UTC)).isEqualTo(end);
            assertThat(code.statusAt(end)).isEqualTo(UniqueCodeStatus.EXPIRED);
            assertThat(code.blocksAt(end, UTC)).containsExactly(AccessBlock.of(Reason.EXPIRED));
        }

        @Test
        void theMinutesAfterTheFirstUnlockNeverOutlastTheExpiry() {
            UniqueCode code = code(null, NOW.plusSeconds(600), WeeklySchedule.always(), new UseLimits(null, 60));
            code.recordUnlock(NOW, UTC);
            assertThat(code.effectiveExpiry()).isEqualTo(NOW.plusSeconds(600));
        }

        @Test
        void limitsHaveRanges() {
            assertThat(invalid(() -> new UseLimits(0, null)).fieldErrors().get(0).field()).isEqualTo("/maxUnlocks");
            assertThat(invalid(() -> new UseLimits(null, 0)).fieldErrors().get(0).field())
                    .isEqualTo("/expiresMinutesAfterFirstUnlock");
            assertThat(new UseLimits(UseLimits.MAX_UNLOCKS, UseLimits.MAX_MINUTES_AFTER_FIRST_UNLOCK).maxUnlocks())
                    .isEqualTo(10_000);
            assertThat(invalid(() -> new UseLimits(10_001, 44_641)).fieldErrors()).hasSize(2);
        }
    }

    @Nested
    class Suspension {
        @Test
        void aSuspendedCodeOpensNothingAndLogsInNowhereUntilResumed() {
            UniqueCode code = limited(null, null);
            code.admitDevice(PHONE, NOW);
            assertThat(code.suspend(NOW)).isTrue();
            assertThat(code.suspend(NOW.plusSeconds(1))).isFalse();
            assertThat(code.statusAt(NOW)).isEqualTo(UniqueCodeStatus.SUSPENDED);
            assertThat(code.blocksAt(NOW, UTC)).containsExactly(new AccessBlock(Reason.SUSPENDED, null, NOW, null));
            assertThat(catchThrowableOfType(RuleViolation.class, () -> code.requireSessionValid(PHONE, NOW)).code())
                    .isEqualTo(FailureCode.UNIQUE_CODE_SUSPENDED);
            assertThat(catchThrowableOfType(RuleViolation.class, () -> code.admitDevice(PHONE, NOW)).code())
                    .isEqualTo(FailureCode.UNIQUE_CODE_SUSPENDED);
            assertThat(code.resume()).isTrue();
            assertThat(code.resume()).isFalse();
            assertThat(code.statusAt(NOW)).isEqualTo(UniqueCodeStatus.ACTIVE);
            assertThatCode(() -> code.requireSessionValid(PHONE, NOW)).doesNotThrowAnyException();
        }

        @Test
        void expiryOutranksSuspensionAndSuspensionOutranksExhaustion() {
            UniqueCode code = limited(1, null);
            code.recordUnlock(NOW, UTC);
            code.suspend(NOW);
            assertThat(code.statusAt(NOW)).isEqualTo(UniqueCodeStatus.SUSPENDED);
            assertThat(code.statusAt(code.expiresAt())).isEqualTo(UniqueCodeStatus.EXPIRED);
            assertThat(code.blocksAt(code.expiresAt(), UTC)).extracting(AccessBlock::reason)
                    .containsExactly(Reason.EXPIRED, Reason.SUSPENDED, Reason.EXHAUSTED);
        }
    }

    @Nested
    class Editing {
        @Test
        void eachChangeSaysWhatItWasAndWhatItBecame() {
            UniqueCode code = limited(null, null);
            CodeTerms before = code.terms();
            WeeklySchedule evenings = new WeeklySchedule(List.of(new WeeklyWindow(Set.of(DayOfWeek.MONDAY),
                    LocalTime.parse("18:00"), LocalTime.parse("22:00"))));
            CodeTerms after = new CodeTerms("Dog sitter", before.startsAt(), before.expiresAt().plusSeconds(3600),
                    evenings, new UseLimits(5, null));
            List<String> changes = code.changeTerms(after, NOW.plusSeconds(10), UTC);
            assertThat(changes).containsExactly("description",
                    "expiresAt: " + before.expiresAt() + " -> " + before.expiresAt().plusSeconds(3600),
                    "weeklyWindows: none -> MON 18:00-22:00", "maxUnlocks: none -> 5");
            assertThat(code.terms()).isEqualTo(after);
        }

        @Test
        void aStartInThePastThatDidNotChangeIsKeptButAChangedOneMustNotBeInThePast() {
            UniqueCode code = limited(null, null);
            Instant later = NOW.plus(Duration.ofDays(1));
            CodeTerms renamed = new CodeTerms("Renamed", code.startsAt(), code.expiresAt(), WeeklySchedule.always(),
                    UseLimits.none());
            assertThat(code.changeTerms(renamed, later, UTC)).containsExactly("description");
            CodeTerms movedBack = new CodeTerms("Renamed", code.startsAt().minusSeconds(1), code.expiresAt(),
                    WeeklySchedule.always(), UseLimits.none());
            assertThat(invalid(() -> code.changeTerms(movedBack, later, UTC)).code())
                    .isEqualTo(FailureCode.START_OUT_OF_RANGE);
            assertThat(code.terms()).isEqualTo(renamed);
        }

        @Test
        void anExpiredCodeCanBeGivenNewDatesWithoutIssuingANewCode() {
            UniqueCode code = limited(null, null);
            Instant later = code.expiresAt().plus(Duration.ofDays(1));
            assertThat(code.statusAt(later)).isEqualTo(UniqueCodeStatus.EXPIRED);
            code.changeTerms(new CodeTerms("Guest", later, later.plus(Duration.ofDays(2)), WeeklySchedule.always(),
                    UseLimits.none()), later, LONDON);
            assertThat(code.statusAt(later)).isEqualTo(UniqueCodeStatus.ACTIVE);
        }

        @Test
        void loweringTheLimitBelowTheUnlocksUsedExhaustsTheCode() {
            UniqueCode code = limited(null, null);
            code.recordUnlock(NOW, UTC);
            code.recordUnlock(NOW, UTC);
            code.changeTerms(new CodeTerms("Guest", code.startsAt(), code.expiresAt(), WeeklySchedule.always(),
                    new UseLimits(2, null)), NOW, UTC);
            assertThat(code.statusAt(NOW)).isEqualTo(UniqueCodeStatus.EXHAUSTED);
        }
    }
}
