package com.lockvue.application.port.in;

import com.lockvue.application.view.UniqueCodeView;
import com.lockvue.domain.failure.Check;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import com.lockvue.domain.uniquecode.UseLimits;
import com.lockvue.domain.uniquecode.WeeklySchedule;
import com.lockvue.domain.uniquecode.WeeklyWindowsInput;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The owner changes a code's description, start, expiry, windows or limits, under the rules of creation; each change
 * is audited with what it was and what it became. Refused (412) if {@code expectedVersion} is not the current one.
 */
public interface UpdateUniqueCodeUseCase {

    UniqueCodeView update(AccountAdmin admin, UniqueCodeId id, UpdateUniqueCodeCommand command);

    /**
     * Null fields stay as they are; at least one is given. An empty schedule, or an empty limit, removes it. A null
     * {@code expectedVersion} sets no condition.
     */
    record UpdateUniqueCodeCommand(String description, Instant startsAt, Instant expiresAt, WeeklySchedule schedule,
            Optional<Integer> maxUnlocks, Optional<Integer> minutesAfterFirstUnlock, Long expectedVersion) {
        public UpdateUniqueCodeCommand {
            if (description == null && startsAt == null && expiresAt == null && schedule == null && maxUnlocks == null
                    && minutesAfterFirstUnlock == null) {
                throw InvalidInput.of("/", "name at least one field to change");
            }
        }

        /**
         * From what the console sent. {@code windowsGiven} and the limits' Optionals tell a field sent as null (remove)
         * from one not sent (keep); every malformed field is reported at once.
         */
        public static UpdateUniqueCodeCommand of(String description, Instant startsAt, Instant expiresAt,
                boolean windowsGiven, List<WeeklyWindowsInput.Raw> windows, Optional<Integer> maxUnlocks,
                Optional<Integer> minutesAfterFirstUnlock, Long expectedVersion) {
            Check check = new Check();
            String valid = description == null ? null
                    : check.attempt(() -> Check.requireText(description, "/description", 1, UniqueCode.DESCRIPTION_MAX));
            WeeklySchedule schedule = windowsGiven ? WeeklyWindowsInput.parse(windows, check) : null;
            check.attempt(() -> new UseLimits(maxUnlocks == null ? null : maxUnlocks.orElse(null),
                    minutesAfterFirstUnlock == null ? null : minutesAfterFirstUnlock.orElse(null)));
            check.orThrow();
            return new UpdateUniqueCodeCommand(valid, startsAt, expiresAt, schedule, maxUnlocks, minutesAfterFirstUnlock,
                    expectedVersion);
        }
    }
}
