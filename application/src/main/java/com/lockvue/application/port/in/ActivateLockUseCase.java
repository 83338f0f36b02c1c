package com.lockvue.application.port.in;

import com.lockvue.domain.lock.Lock;

public interface ActivateLockUseCase {
    Lock activate(AccountAdmin admin, ActivateLockCommand command);

    record ActivateLockCommand(String serialNumber, String name) {
    }
}
