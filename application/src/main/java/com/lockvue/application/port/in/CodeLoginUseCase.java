package com.lockvue.application.port.in;

import com.lockvue.domain.uniquecode.UniqueCode;

/**
 * Code Login in the mobile app. Rate limited per client address and per device; every attempt is audited,
 * including refused ones.
 */
public interface CodeLoginUseCase {
    CodeLoginResult logIn(CodeLoginCommand command);

    record CodeLoginCommand(String code, String deviceId, String clientAddress) {
        @Override
        public String toString() {
            return "CodeLoginCommand[code=****, deviceId=" + deviceId + "]";
        }
    }

    record CodeLoginResult(CodeSession session, UniqueCode code) {
    }
}
