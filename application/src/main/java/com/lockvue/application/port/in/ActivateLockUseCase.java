package com.lockvue.application.port.in;

import com.lockvue.domain.failure.Check;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.lock.SerialNumber;
import java.util.Objects;

public interface ActivateLockUseCase {

    Lock activate(AccountAdmin admin, ActivateLockCommand command);

    record ActivateLockCommand(SerialNumber serialNumber, String name) {
        public ActivateLockCommand {
            Objects.requireNonNull(serialNumber);
            name = Lock.validName(name);
        }

        public static ActivateLockCommand of(String serialNumber, String name) {
            Check check = new Check();
            SerialNumber serial = check.attempt(() -> new SerialNumber(serialNumber));
            String validName = check.attempt(() -> Lock.validName(name));
            check.orThrow();
            return new ActivateLockCommand(serial, validName);
        }
    }
}
