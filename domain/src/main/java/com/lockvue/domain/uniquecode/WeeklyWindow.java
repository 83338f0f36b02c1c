package com.lockvue.domain.uniquecode;

import com.lockvue.domain.failure.InvalidInput;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A weekly recurring time a code may open locks: the days it opens on and the local times it opens and closes, in
 * the account's time zone. A window whose closing time is not after its opening time runs overnight and closes on
 * the next day (22:00-06:00). Local times are resolved as {@link ZonedDateTime#of} does: a time skipped by a
 * clock change moves forward by the length of the gap, and a repeated time is its first occurrence.
 */
public record WeeklyWindow(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {
    public WeeklyWindow {
        if (days == null || days.isEmpty()) {
            throw InvalidInput.of("/days", "must name at least one day");
        }
        if (opens == null || closes == null) {
            throw InvalidInput.of(opens == null ? "/start" : "/end", "is required");
        }
        if (opens.equals(closes)) {
            throw InvalidInput.of("/end", "must differ from the start");
        }
        if (opens.getSecond() != 0 || opens.getNano() != 0 || closes.getSecond() != 0 || closes.getNano() != 0) {
            throw InvalidInput.of("/start", "must be whole minutes");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    public boolean overnight() {
        return !closes.isAfter(opens);
    }

    /** The opening of this window that begins on {@code date}, if it opens that day. */
    public Optional<Interval> openingOn(LocalDate date, ZoneId zone) {
        if (!days.contains(date.getDayOfWeek())) {
            return Optional.empty();
        }
        ZonedDateTime from = ZonedDateTime.of(date, opens, zone);
        ZonedDateTime until = ZonedDateTime.of(overnight() ? date.plusDays(1) : date, closes, zone);
        return Optional.of(new Interval(from.toInstant(), until.toInstant()));
    }
}
