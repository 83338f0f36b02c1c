package com.lockvue.domain.uniquecode;

import com.lockvue.domain.failure.Check;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.time.StoredInstants;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an owner decides about a code, and may change later: its description, when it starts and expires, its weekly
 * windows and its use limits. The validity window (start to expiry) is at most six calendar months long, and a
 * start at most twelve months ahead, both counted in the account's time zone. Both instants are kept at the stored
 * precision, so the limits are judged on what will be kept.
 */
public record CodeTerms(String description, Instant startsAt, Instant expiresAt, WeeklySchedule schedule,
        UseLimits limits) {
    public static final int MAX_VALIDITY_MONTHS = 6;
    public static final int MAX_START_AHEAD_MONTHS = 12;

    public CodeTerms {
        Objects.requireNonNull(description);
        Objects.requireNonNull(startsAt);
        Objects.requireNonNull(expiresAt);
        Objects.requireNonNull(schedule);
        Objects.requireNonNull(limits);
        startsAt = StoredInstants.of(startsAt);
        expiresAt = StoredInstants.of(expiresAt);
    }

    /** The latest expiry a code starting at {@code startsAt} may have. */
    public static Instant latestExpiry(Instant startsAt, ZoneId zone) {
        return startsAt.atZone(zone).plusMonths(MAX_VALIDITY_MONTHS).toInstant();
    }

    public static Instant latestStart(Instant now, ZoneId zone) {
        return now.atZone(zone).plusMonths(MAX_START_AHEAD_MONTHS).toInstant();
    }

    /**
     * Throws unless these terms may hold from {@code now}. A start or expiry the owner did not change ({@code before}
     * has it too) is not judged again, so a code that started last week keeps its start when its description changes;
     * a changed start must not lie in the past.
     */
    void requireValid(Instant now, ZoneId zone, CodeTerms before) {
        Check.requireText(description, "/description", 1, UniqueCode.DESCRIPTION_MAX);
        boolean startChanged = before == null || !before.startsAt.equals(startsAt);
        boolean datesChanged = startChanged || !before.expiresAt.equals(expiresAt);
        List<InvalidInput> problems = new ArrayList<>();
        if (startChanged) {
            Instant latestStart = latestStart(now, zone);
            if (startsAt.isBefore(now)) {
                problems.add(InvalidInput.of(FailureCode.START_OUT_OF_RANGE, "/startsAt", "must not be in the past"));
            } else if (startsAt.isAfter(latestStart)) {
                problems.add(InvalidInput.of(FailureCode.START_OUT_OF_RANGE, "/startsAt",
                        "must be at most twelve months from now (latest " + latestStart + ")"));
            }
        }
        if (datesChanged) {
            Instant latest = latestExpiry(startsAt, zone);
            if (!expiresAt.isAfter(now)) {
                problems.add(InvalidInput.of(FailureCode.EXPIRY_OUT_OF_RANGE, "/expiresAt", "must be in the future"));
            } else if (!expiresAt.isAfter(startsAt)) {
                problems.add(InvalidInput.of(FailureCode.EXPIRY_OUT_OF_RANGE, "/expiresAt", "must be after the start"));
            } else if (expiresAt.isAfter(latest)) {
                problems.add(InvalidInput.of(FailureCode.EXPIRY_OUT_OF_RANGE, "/expiresAt",
                        "must be at most six months after the start (latest " + latest + ")"));
            }
        }
        if (problems.size() == 1) {
            throw problems.get(0);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(FailureCode.VALIDATION_FAILED, problems.size() + " fields are invalid",
                    problems.stream().flatMap(p -> p.fieldErrors().stream()).toList());
        }
    }

    /** What differs between these terms and {@code after}, as {@code field: was -> became} for the audit trail. */
    public List<String> changesTo(CodeTerms after) {
        List<String> changes = new ArrayList<>();
        if (!description.equals(after.description)) {
            changes.add("description");
        }
        compare(changes, "startsAt", startsAt, after.startsAt);
        compare(changes, "expiresAt", expiresAt, after.expiresAt);
        compare(changes, "weeklyWindows", WeeklyWindowsText.format(schedule), WeeklyWindowsText.format(after.schedule));
        compare(changes, "maxUnlocks", limits.maxUnlocks(), after.limits.maxUnlocks());
        compare(changes, "expiresMinutesAfterFirstUnlock", limits.minutesAfterFirstUnlock(),
                after.limits.minutesAfterFirstUnlock());
        return changes;
    }

    private static void compare(List<String> changes, String field, Object was, Object became) {
        if (!Objects.equals(was, became)) {
            changes.add(field + ": " + text(was) + " -> " + text(became));
        }
    }

    private static String text(Object value) {
        return value == null || "".equals(value) ? "none" : value.toString();
    }
}
