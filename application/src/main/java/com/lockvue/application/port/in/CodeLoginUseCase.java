package com.lockvue.application.port.in;

import com.lockvue.domain.failure.RateLimitStatus;
import java.util.List;
import com.lockvue.application.view.CodeSummary;
import com.lockvue.domain.failure.Check;
import com.lockvue.domain.uniquecode.CodeValue;
import com.lockvue.domain.uniquecode.DeviceId;
import com.lockvue.domain.uniquecode.DeviceName;
import java.time.Instant;
import java.util.Objects;

/**
 * Code Login in the mobile app. Rate limited per client address and per device; every attempt is audited,
 * including refused ones.
 */
public interface CodeLoginUseCase {

    CodeLoginResult logIn(CodeLoginCommand command);

    /** {@code deviceName} is optional: what the guest calls the phone, shown to the owner. */
    record CodeLoginCommand(CodeValue code, DeviceId deviceId, DeviceName deviceName, String clientAddress) {
        public CodeLoginCommand {
            Objects.requireNonNull(code);
            Objects.requireNonNull(deviceId);
        }

        public CodeLoginCommand(CodeValue code, DeviceId deviceId, String clientAddress) {
            this(code, deviceId, null, clientAddress);
        }

        public static CodeLoginCommand of(String code, String deviceId, String clientAddress) {
            return of(code, deviceId, null, clientAddress);
        }

        /** From what the app sent; every malformed field is reported at once. */
        public static CodeLoginCommand of(String code, String deviceId, String deviceName, String clientAddress) {
            Check check = new Check();
            CodeValue value = check.attempt(() -> CodeValue.parse(code));
            DeviceId device = check.attempt(() -> new DeviceId(deviceId));
            DeviceName name = check.attempt(() -> DeviceName.parseOptional(deviceName));
            check.orThrow();
            return new CodeLoginCommand(value, device, name, clientAddress);
        }

        @Override
        public String toString() {
            return "CodeLoginCommand[code=****, deviceId=" + deviceId + "]";
        }
    }

    /**
     * The new session and what its token needs: issued now, expiring at the session lifetime or the code's expiry,
     * whichever is sooner (both from the application's clock).
     */
    /** {@code limits}: where the caller stands in the rate limits the attempt was counted in. */
    record CodeLoginResult(CodeSession session, CodeSummary code, Instant issuedAt, Instant expiresAt,
            List<RateLimitStatus> limits) {
        public CodeLoginResult(CodeSession session, CodeSummary code, Instant issuedAt, Instant expiresAt) {
            this(session, code, issuedAt, expiresAt, List.of());
        }
    }
}
