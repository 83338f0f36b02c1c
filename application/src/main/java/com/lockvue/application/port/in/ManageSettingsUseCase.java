package com.lockvue.application.port.in;

import com.lockvue.domain.account.AccountSettings;
import com.lockvue.domain.account.TimeZones;
import com.lockvue.domain.failure.InvalidInput;
import java.time.ZoneId;

/** Settings > System: read, and change (only the fields given). */
public interface ManageSettingsUseCase {

    AccountSettings settings(AccountAdmin admin);

    AccountSettings update(AccountAdmin admin, UpdateSettingsCommand command);

    /** Null fields stay as they are; at least one is given. */
    record UpdateSettingsCommand(Boolean uniqueCodesEnabled, ZoneId timeZone) {
        public UpdateSettingsCommand {
            if (uniqueCodesEnabled == null && timeZone == null) {
                throw InvalidInput.of("/", "name at least one setting to change");
            }
        }

        public static UpdateSettingsCommand of(Boolean uniqueCodesEnabled, String timeZone) {
            return new UpdateSettingsCommand(uniqueCodesEnabled,
                    timeZone == null ? null : TimeZones.parse(timeZone, "/timeZone"));
        }
    }
}
