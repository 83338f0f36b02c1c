package com.lockvue.application.port.in;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.uniquecode.DeviceId;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.util.Objects;

/**
 * The mobile app after a Code Login: which code, of which account, on which device. Every request made with it
 * is checked again against the code's current state.
 */
public record CodeSession(UniqueCodeId uniqueCodeId, AccountId accountId, DeviceId deviceId, String clientAddress) {
    public CodeSession {
        Objects.requireNonNull(uniqueCodeId);
        Objects.requireNonNull(accountId);
        Objects.requireNonNull(deviceId);
    }
}
