package com.lockvue.application.port.in;

import com.lockvue.domain.account.AccountSettings;

/** Settings > System: read, and change (only the fields given). */
public interface ManageSettingsUseCase {
    AccountSettings settings(AccountAdmin admin);

    AccountSettings update(AccountAdmin admin, UpdateSettingsCommand command);

    /** Null fields stay as they are. */
    record UpdateSettingsCommand(Boolean uniqueCodesEnabled, String timeZone) {
    }
}
