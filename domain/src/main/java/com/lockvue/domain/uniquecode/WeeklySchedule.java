package com.lockvue.domain.uniquecode;

import com.lockvue.domain.failure.FieldError;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.failure.FailureCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The weekly windows of a code. None means at any time; otherwise a code opens locks only inside one of them.
 * Windows that overlap or touch make one opening, so a command issued in the first is valid into the second.
 */
public record WeeklySchedule(List<WeeklyWindow> windows) {
    public static final int MAX_WINDOWS = 28;
    /** Windows open at most once a day, so any week holds every opening a search could need. */
    private static final int DAYS_AHEAD = 8;

    public WeeklySchedule {
        windows = List.copyOf(windows);
        if (windows.size() > MAX_WINDOWS) {
            throw new InvalidInput(FailureCode.VALIDATION_FAILED, "at most " + MAX_WINDOWS + " windows",
                    List.of(new FieldError("/weeklyWindows", "must hold at most " + MAX_WINDOWS + " windows")));
        }
    }

    public static WeeklySchedule always() {
        return new WeeklySchedule(List.of());
    }

    public boolean isAlways() {
        return windows.isEmpty();
    }

    /** The opening {@code now} lies in, merged with those it runs into; empty when the code is outside them all. */
    public Optional<Interval> openingAt(Instant now, ZoneId zone) {
        if (isAlways()) {
            return Optional.of(new Interval(Instant.MIN, Instant.MAX));
        }
        Optional<Interval> found = containing(now, zone);
        if (found.isEmpty()) {
            return found;
        }
        Interval merged = found.get();
        for (int i = 0; i <= windows.size() * DAYS_AHEAD; i++) {
            Optional<Interval> next = containing(merged.until(), zone);
            if (next.isEmpty() || !next.get().until().isAfter(merged.until())) {
                break;
            }
            merged = new Interval(merged.from(), next.get().until());
        }
        return Optional.of(merged);
    }

    public boolean isOpenAt(Instant now, ZoneId zone) {
        return openingAt(now, zone).isPresent();
    }

    /** The first opening that starts after {@code now}, if any window is set. */
    public Optional<Instant> nextOpeningAfter(Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant best = null;
        for (int day = -1; day <= DAYS_AHEAD; day++) {
            for (Interval opening : openingsOn(today.plusDays(day), zone)) {
                if (opening.from().isAfter(now) && (best == null || opening.from().isBefore(best))) {
                    best = opening.from();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The longest-running opening that holds {@code instant}: only openings of that local day or the day before can. */
    private Optional<Interval> containing(Instant instant, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(instant, zone);
        Interval best = null;
        for (LocalDate date : List.of(day.minusDays(1), day)) {
            for (Interval opening : openingsOn(date, zone)) {
                if (opening.contains(instant) && (best == null || opening.until().isAfter(best.until()))) {
                    best = opening;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private List<Interval> openingsOn(LocalDate date, ZoneId zone) {
        List<Interval> openings = new ArrayList<>();
        for (WeeklyWindow window : windows) {
            window.openingOn(date, zone).ifPresent(openings::add);
        }
        return openings;
    }
}
