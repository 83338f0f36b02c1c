package com.lockvue.application.port.in;

import com.lockvue.domain.account.AccountSettings;
import com.lockvue.domain.account.TimeZones;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.application.view.Versioned;
import java.time.ZoneId;

/** Settings > System: read, and change (only the fields given). */
public interface ManageSettingsUseCase {

    Versioned<AccountSettings> settings(AccountAdmin admin);

    /** Refused (PreconditionFailed) if {@code expectedVersion} is given and is not the current one. */
    Versioned<AccountSettings> update(AccountAdmin admin, UpdateSettingsCommand command);

    /** Null fields stay as they are; at least one is given. A null {@code expectedVersion} sets no condition. */
    record UpdateSettingsCommand(Boolean uniqueCodesEnabled, ZoneId timeZone, Long expectedVersion) {
        public UpdateSettingsCommand {
            if (uniqueCodesEnabled == null && timeZone == null) {
                throw InvalidInput.of("/", "name at least one setting to change");
            }
        }

        public static UpdateSettingsCommand of(Boolean uniqueCodesEnabled, String timeZone, Long expectedVersion) {
            return new UpdateSettingsCommand(uniqueCodesEnabled,
                    timeZone == null ? null : TimeZones.parse(timeZone, "/timeZone"), expectedVersion);
        }
    }
}
