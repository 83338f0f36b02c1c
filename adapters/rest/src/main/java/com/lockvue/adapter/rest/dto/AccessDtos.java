package com.lockvue.adapter.rest.dto;

import com.lockvue.application.view.LockAccess;
import com.lockvue.domain.uniquecode.AccessBlock;
import com.lockvue.domain.uniquecode.WeeklySchedule;
import com.lockvue.domain.uniquecode.WeeklyWindow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/** The access rules on the wire: weekly windows, the reasons a code cannot open a lock, and its state now. */
public final class AccessDtos {
    private AccessDtos() {
    }

    /** Days are names (MONDAY...), times "HH:MM"; parsed once, by the application's WeeklyWindowsInput. */
    public record WeeklyWindowDto(List<String> days, String start, String end) {
        public static List<WeeklyWindowDto> of(WeeklySchedule schedule) {
            return schedule.windows().stream().map(WeeklyWindowDto::of).toList();
        }

        static WeeklyWindowDto of(WeeklyWindow window) {
            return new WeeklyWindowDto(EnumSet.copyOf(window.days()).stream().map(DayOfWeek::name).toList(),
                    window.opens().toString(), window.closes().toString());
        }
    }

    public record AccessReasonDto(String code, String message, Instant until, Instant since, String subject) {
        public static AccessReasonDto of(AccessBlock block) {
            return new AccessReasonDto(block.reason().slug(), message(block), block.until(), block.since(),
                    block.subject());
        }

        public static List<AccessReasonDto> of(List<AccessBlock> blocks) {
            return blocks.stream().map(AccessReasonDto::of).toList();
        }

        /** Plain words for people; clients that translate match on the code instead. */
        static String message(AccessBlock block) {
            return switch (block.reason()) {
                case UNIQUE_CODES_DISABLED -> "Unique Codes are turned off in Settings > System.";
                case NOT_STARTED -> "The code has not started yet; it starts at " + block.until() + ".";
                case EXPIRED -> "The code has expired.";
                case SUSPENDED -> "The owner suspended the code.";
                case EXHAUSTED -> "The code has used all its unlocks.";
                case OUTSIDE_WINDOWS -> block.until() == null
                        ? "The code is outside its weekly windows and none opens again before it expires."
                        : "The code is outside its weekly windows; the next one opens at " + block.until() + ".";
                case LOCK_NOT_SHARED -> "This lock is not shared to the code.";
                case PERMISSION_REVOKED -> "The lock's permission was revoked at " + block.since() + ".";
                case LEVEL_TOO_LOW -> "This action needs " + block.subject() + " or above.";
                case BOUND_TO_OTHER_DEVICE -> "The code is in use on device " + block.subject() + " (since "
                        + block.since() + "); another device tried it. Release the device to let another log in.";
                case DEVICE_RATE_LIMITED -> "Device " + block.subject() + " made too many attempts; it may try again at "
                        + block.until() + ".";
                case ADDRESS_RATE_LIMITED -> "Address " + block.subject() + " made too many attempts; it may try again at "
                        + block.until() + ".";
                case LOCK_COMMANDS_RATE_LIMITED -> "Too many commands were asked for this lock; more at "
                        + block.until() + ".";
            };
        }
    }

    public record LockAccessDto(LockAccess.State state, Instant openUntil, Instant opensAt,
            List<AccessReasonDto> reasons) {
        public static LockAccessDto of(LockAccess access) {
            return new LockAccessDto(access.state(), access.openUntil(), access.opensAt(),
                    AccessReasonDto.of(access.blocks()));
        }
    }
}
