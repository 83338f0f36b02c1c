package com.lockvue.domain.uniquecode;

import com.lockvue.domain.failure.InvalidInput;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Weekly windows as one line of text, {@code MON,TUE 09:00-17:00|SAT 22:00-06:00}: how they are stored and how the
 * audit trail shows a change of them. Days are written in week order, so equal schedules have equal text.
 */
public final class WeeklyWindowsText {
    private WeeklyWindowsText() {
    }

    public static String format(WeeklySchedule schedule) {
        return schedule.windows().stream().map(WeeklyWindowsText::format).collect(Collectors.joining("|"));
    }

    private static String format(WeeklyWindow window) {
        String days = EnumSet.copyOf(window.days()).stream().map(d -> d.name().substring(0, 3))
                .collect(Collectors.joining(","));
        return days + " " + window.opens() + "-" + window.closes();
    }

    public static WeeklySchedule parse(String text) {
        if (text == null || text.isEmpty()) {
            return WeeklySchedule.always();
        }
        List<WeeklyWindow> windows = new ArrayList<>();
        for (String part : text.split("\\|")) {
            String[] dayAndTimes = part.split(" ");
            String[] times = dayAndTimes[1].split("-");
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String day : dayAndTimes[0].split(",")) {
                days.add(dayOf(day));
            }
            try {
                windows.add(new WeeklyWindow(days, LocalTime.parse(times[0]), LocalTime.parse(times[1])));
            } catch (DateTimeParseException e) {
                throw InvalidInput.of("/weeklyWindows", "stored windows are not readable: " + part);
            }
        }
        return new WeeklySchedule(windows);
    }

    private static DayOfWeek dayOf(String prefix) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(prefix)) {
                return day;
            }
        }
        throw InvalidInput.of("/weeklyWindows", "unknown day " + prefix);
    }
}
