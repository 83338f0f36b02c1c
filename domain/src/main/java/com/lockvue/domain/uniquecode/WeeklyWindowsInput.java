package com.lockvue.domain.uniquecode;

import com.lockvue.domain.failure.Check;
import com.lockvue.domain.failure.FieldError;
import com.lockvue.domain.failure.InvalidInput;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Weekly windows as an owner sends them: day names (MONDAY...) and local times "HH:MM". */
public final class WeeklyWindowsInput {
    private static final Pattern HH_MM = Pattern.compile("^([01][0-9]|2[0-3]):[0-5][0-9]$");

    /** One window as sent. */
    public record Raw(List<String> days, String start, String end) {
    }

    private WeeklyWindowsInput() {
    }

    /**
     * The schedule, or null after recording every bad field (as /weeklyWindows/i/...) in {@code check}. No windows
     * (null or an empty list) is at any time: an empty list is how a code without windows reads back, and what
     * generated clients send for a list they were given no items for.
     */
    public static WeeklySchedule parse(List<Raw> raw, Check check) {
        if (raw == null || raw.isEmpty()) {
            return WeeklySchedule.always();
        }
        if (raw.size() > WeeklySchedule.MAX_WINDOWS) {
            check.require(false, "/weeklyWindows", "must hold at most " + WeeklySchedule.MAX_WINDOWS + " windows");
            return null;
        }
        List<WeeklyWindow> windows = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < raw.size(); i++) {
            String at = "/weeklyWindows/" + i;
            Raw window = raw.get(i);
            if (window == null) {
                check.require(false, at, "must be a window");
                valid = false;
                continue;
            }
            Set<DayOfWeek> days = days(window.days(), at, check);
            LocalTime start = time(window.start(), at + "/start", check);
            LocalTime end = time(window.end(), at + "/end", check);
            if (days == null || start == null || end == null) {
                valid = false;
                continue;
            }
            try {
                windows.add(new WeeklyWindow(days, start, end));
            } catch (InvalidInput invalid) {
                for (FieldError error : invalid.fieldErrors()) {
                    check.require(false, at + error.field(), error.message());
                }
                valid = false;
            }
        }
        return valid ? new WeeklySchedule(windows) : null;
    }

    private static Set<DayOfWeek> days(List<String> names, String at, Check check) {
        if (names == null || names.isEmpty()) {
            check.require(false, at + "/days", "must name at least one day");
            return null;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (int d = 0; d < names.size(); d++) {
            String name = names.get(d);
            try {
                DayOfWeek day = DayOfWeek.valueOf(name == null ? "" : name);
                if (!days.add(day)) {
                    check.require(false, at + "/days/" + d, "names a day twice");
                    return null;
                }
            } catch (IllegalArgumentException e) {
                check.require(false, at + "/days/" + d, "must be a day such as MONDAY");
                return null;
            }
        }
        return days;
    }

    private static LocalTime time(String raw, String at, Check check) {
        if (raw == null || !HH_MM.matcher(raw).matches()) {
            check.require(false, at, "must be a local time HH:MM, such as 09:00");
            return null;
        }
        try {
            return LocalTime.parse(raw);
        } catch (DateTimeParseException e) {
            check.require(false, at, "must be a local time HH:MM, such as 09:00");
            return null;
        }
    }
}
