package com.lockvue.application.port.in;

import com.lockvue.application.view.UniqueCodeView;
import java.time.Instant;

public interface CreateUniqueCodeUseCase {
    UniqueCodeView create(AccountAdmin admin, CreateUniqueCodeCommand command);

    record CreateUniqueCodeCommand(String description, Instant expiresAt) {
    }
}
