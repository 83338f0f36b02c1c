package com.lockvue.application.port.in;

import com.lockvue.application.view.UniqueCodeView;
import com.lockvue.domain.failure.Check;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UseLimits;
import com.lockvue.domain.uniquecode.WeeklySchedule;
import com.lockvue.domain.uniquecode.WeeklyWindowsInput;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

public interface CreateUniqueCodeUseCase {

    UniqueCodeView create(AccountAdmin admin, CreateUniqueCodeCommand command);

    /**
     * What the owner typed: a description and an expiry, both present, and optionally a start (null: now), weekly
     * windows and use limits. Whether the dates are in range depends on the time and the account's time zone:
     * {@link UniqueCode#create} judges that.
     */
    record CreateUniqueCodeCommand(String description, Instant startsAt, Instant expiresAt, WeeklySchedule schedule,
            UseLimits limits) {
        public CreateUniqueCodeCommand {
            Check check = new Check();
            String typed = description;
            String valid = check.attempt(() -> Check.requireText(typed, "/description", 1, UniqueCode.DESCRIPTION_MAX));
            check.require(expiresAt != null, "/expiresAt", "is required");
            check.orThrow();
            description = valid;
            Objects.requireNonNull(schedule);
            Objects.requireNonNull(limits);
        }

        public CreateUniqueCodeCommand(String description, Instant expiresAt) {
            this(description, null, expiresAt, WeeklySchedule.always(), UseLimits.none());
        }

        /** From what the console sent; every malformed field is reported at once. */
        public static CreateUniqueCodeCommand of(String description, Instant startsAt, Instant expiresAt,
                List<WeeklyWindowsInput.Raw> windows, Integer maxUnlocks, Integer minutesAfterFirstUnlock) {
            Check check = new Check();
            String valid = check.attempt(() -> Check.requireText(description, "/description", 1, UniqueCode.DESCRIPTION_MAX));
            check.require(expiresAt != null, "/expiresAt", "is required");
            WeeklySchedule schedule = WeeklyWindowsInput.parse(windows, check);
            UseLimits limits = check.attempt(() -> new UseLimits(maxUnlocks, minutesAfterFirstUnlock));
            check.orThrow();
            return new CreateUniqueCodeCommand(valid, startsAt, expiresAt, schedule, limits);
        }
    }
}
