package com.lockvue.application.port.in;

import com.lockvue.application.view.UniqueCodeView;
import com.lockvue.domain.failure.Check;
import com.lockvue.domain.uniquecode.UniqueCode;
import java.time.Instant;

public interface CreateUniqueCodeUseCase {

    UniqueCodeView create(AccountAdmin admin, CreateUniqueCodeCommand command);

    /**
     * What the owner typed: a description and an expiry, both present. Whether the expiry is in range depends on
     * the time and the account's time zone: {@link UniqueCode#create} judges that.
     */
    record CreateUniqueCodeCommand(String description, Instant expiresAt) {
        public CreateUniqueCodeCommand {
            Check check = new Check();
            String typed = description;
            String valid = check.attempt(() -> Check.requireText(typed, "/description", 1, UniqueCode.DESCRIPTION_MAX));
            check.require(expiresAt != null, "/expiresAt", "is required");
            check.orThrow();
            description = valid;
        }
    }
}
