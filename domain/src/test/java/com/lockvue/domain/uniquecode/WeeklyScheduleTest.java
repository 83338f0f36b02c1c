package com.lockvue.domain.uniquecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lockvue.domain.failure.InvalidInput;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WeeklyScheduleTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    static final Duration MICRO = Duration.ofNanos(1000);
    static final Set<DayOfWeek> WEEKDAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    static WeeklySchedule of(WeeklyWindow... windows) {
        return new WeeklySchedule(List.of(windows));
    }

    static WeeklyWindow window(Set<DayOfWeek> days, String opens, String closes) {
        return new WeeklyWindow(days, LocalTime.parse(opens), LocalTime.parse(closes));
    }

    @Nested
    class Boundaries {
        // Wednesday 2026-07-15, London on summer time (UTC+1): 09:00 local is 08:00Z.
        final WeeklySchedule officeHours = of(window(WEEKDAYS, "09:00", "17:00"));

        @Test
        void opensAtItsFirstMicrosecondAndClosesAfterItsLast() {
            Instant opens = Instant.parse("2026-07-15T08:00:00Z");
            Instant closes = Instant.parse("2026-07-15T16:00:00Z");
            assertThat(officeHours.isOpenAt(opens.minus(MICRO), LONDON)).isFalse();
            assertThat(officeHours.isOpenAt(opens, LONDON)).isTrue();
            assertThat(officeHours.isOpenAt(closes.minus(MICRO), LONDON)).isTrue();
            assertThat(officeHours.isOpenAt(closes, LONDON)).isFalse();
            assertThat(officeHours.openingAt(opens, LONDON)).contains(new Interval(opens, closes));
        }

        @Test
        void isClosedOnDaysItDoesNotName() {
            assertThat(officeHours.isOpenAt(Instant.parse("2026-07-18T10:00:00Z"), LONDON)).as("Saturday").isFalse();
        }

        @Test
        void theNextOpeningAfterFridaysCloseIsMondayMorning() {
            assertThat(officeHours.nextOpeningAfter(Instant.parse("2026-07-17T16:00:00Z"), LONDON))
                    .contains(Instant.parse("2026-07-20T08:00:00Z"));
        }

        @Test
        void noWindowsMeansAlwaysOpenAndNoNextOpening() {
            WeeklySchedule always = WeeklySchedule.always();
            assertThat(always.isOpenAt(Instant.parse("2026-07-18T03:00:00Z"), LONDON)).isTrue();
            assertThat(always.nextOpeningAfter(Instant.parse("2026-07-18T03:00:00Z"), LONDON)).isEmpty();
        }
    }

    @Nested
    class Overnight {
        final WeeklySchedule nights = of(window(Set.of(DayOfWeek.FRIDAY), "22:00", "06:00"));

        @Test
        void anOvernightWindowRunsIntoTheNextDayAndBelongsToTheDayItOpens() {
            // Friday 2026-07-17 22:00 BST = 21:00Z until Saturday 06:00 BST = 05:00Z.
            assertThat(nights.isOpenAt(Instant.parse("2026-07-17T21:00:00Z"), LONDON)).isTrue();
            assertThat(nights.isOpenAt(Instant.parse("2026-07-18T04:59:59.999999Z"), LONDON)).isTrue();
            assertThat(nights.isOpenAt(Instant.parse("2026-07-18T05:00:00Z"), LONDON)).isFalse();
            // Friday early morning is Thursday night's window, which is not set.
            assertThat(nights.isOpenAt(Instant.parse("2026-07-17T03:00:00Z"), LONDON)).isFalse();
        }

        @Test
        void touchingWindowsMakeOneOpening() {
            WeeklySchedule chained = of(window(Set.of(DayOfWeek.MONDAY), "18:00", "00:00"),
                    window(Set.of(DayOfWeek.TUESDAY), "00:00", "02:00"));
            assertThat(chained.openingAt(Instant.parse("2026-07-13T20:00:00Z"), LONDON)).contains(
                    new Interval(Instant.parse("2026-07-13T17:00:00Z"), Instant.parse("2026-07-14T01:00:00Z")));
        }
    }

    @Nested
    class ClockChanges {
        // London: 2026-03-29 01:00 GMT jumps to 02:00 BST; 2026-10-25 02:00 BST falls back to 01:00 GMT.
        final WeeklySchedule nights = of(window(Set.of(DayOfWeek.SATURDAY), "22:00", "06:00"));

        @Test
        void anOvernightWindowIsAnHourShorterWhenTheClocksGoForward() {
            Interval night = nights.openingAt(Instant.parse("2026-03-28T22:00:00Z"), LONDON).orElseThrow();
            assertThat(night).isEqualTo(new Interval(Instant.parse("2026-03-28T22:00:00Z"),
                    Instant.parse("2026-03-29T05:00:00Z")));
            assertThat(Duration.between(night.from(), night.until())).isEqualTo(Duration.ofHours(7));
            assertThat(nights.isOpenAt(Instant.parse("2026-03-29T04:59:59.999999Z"), LONDON)).isTrue();
            assertThat(nights.isOpenAt(Instant.parse("2026-03-29T05:00:00Z"), LONDON)).isFalse();
        }

        @Test
        void anOvernightWindowIsAnHourLongerWhenTheClocksGoBack() {
            Interval night = nights.openingAt(Instant.parse("2026-10-24T21:00:00Z"), LONDON).orElseThrow();
            assertThat(night).isEqualTo(new Interval(Instant.parse("2026-10-24T21:00:00Z"),
                    Instant.parse("2026-10-25T06:00:00Z")));
            assertThat(Duration.between(night.from(), night.until())).isEqualTo(Duration.ofHours(9));
            assertThat(nights.isOpenAt(Instant.parse("2026-10-25T05:59:59.999999Z"), LONDON)).isTrue();
            assertThat(nights.isOpenAt(Instant.parse("2026-10-25T06:00:00Z"), LONDON)).isFalse();
        }

        @Test
        void aWindowOpeningInTheSkippedHourOpensWhenTheClockResumes() {
            // 01:30 does not exist on 29 March in London: the window opens at 02:30 BST, 01:30Z.
            WeeklySchedule early = of(window(Set.of(DayOfWeek.SUNDAY), "01:30", "04:00"));
            assertThat(early.openingAt(Instant.parse("2026-03-29T01:30:00Z"), LONDON)).contains(
                    new Interval(Instant.parse("2026-03-29T01:30:00Z"), Instant.parse("2026-03-29T03:00:00Z")));
            assertThat(early.isOpenAt(Instant.parse("2026-03-29T01:29:59.999999Z"), LONDON)).isFalse();
        }

        @Test
        void aWindowClosingInTheRepeatedHourClosesAtItsFirstOccurrence() {
            // 01:30 happens twice on 25 October in London: first at 00:30Z (BST), then at 01:30Z (GMT).
            WeeklySchedule early = of(window(Set.of(DayOfWeek.SUNDAY), "00:00", "01:30"));
            assertThat(early.openingAt(Instant.parse("2026-10-25T00:00:00Z"), LONDON)).contains(
                    new Interval(Instant.parse("2026-10-24T23:00:00Z"), Instant.parse("2026-10-25T00:30:00Z")));
        }

        @Test
        void theSouthernHemisphereChangesTheOtherWay() {
            // Sydney goes back from UTC+11 to UTC+10 on 2026-04-05 at 03:00 local.
            WeeklySchedule nights = of(window(Set.of(DayOfWeek.SATURDAY), "22:00", "06:00"));
            Interval night = nights.openingAt(Instant.parse("2026-04-04T11:00:00Z"), SYDNEY).orElseThrow();
            assertThat(Duration.between(night.from(), night.until())).isEqualTo(Duration.ofHours(9));
        }
    }

    @Nested
    class Validation {
        @Test
        void aWindowNeedsDaysAndDifferentWholeMinuteTimes() {
            assertThatThrownBy(() -> window(Set.of(), "09:00", "17:00")).isInstanceOf(InvalidInput.class);
            assertThatThrownBy(() -> window(WEEKDAYS, "09:00", "09:00")).isInstanceOf(InvalidInput.class);
            assertThatThrownBy(() -> window(WEEKDAYS, "09:00:30", "17:00")).isInstanceOf(InvalidInput.class);
        }

        @Test
        void atMost28Windows() {
            List<WeeklyWindow> many = java.util.Collections.nCopies(29, window(WEEKDAYS, "09:00", "10:00"));
            assertThatThrownBy(() -> new WeeklySchedule(many)).isInstanceOf(InvalidInput.class);
            assertThat(new WeeklySchedule(many.subList(0, 28)).windows()).hasSize(28);
        }

        @Test
        void theStoredTextReadsBackAsTheSameSchedule() {
            WeeklySchedule schedule = of(window(WEEKDAYS, "09:00", "17:00"),
                    window(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), "22:00", "06:00"));
            String text = WeeklyWindowsText.format(schedule);
            assertThat(text).isEqualTo("MON,TUE,WED,THU,FRI 09:00-17:00|SAT,SUN 22:00-06:00");
            assertThat(WeeklyWindowsText.parse(text)).isEqualTo(schedule);
            assertThat(WeeklyWindowsText.parse("")).isEqualTo(WeeklySchedule.always());
        }
    }
}
