package com.lockvue.application.fakes;

import com.lockvue.application.port.out.LockCommandClaims;
import com.lockvue.application.port.out.LockCommandSigner;
import com.lockvue.application.port.out.SignedLockCommand;
import com.lockvue.application.port.out.TrustAnchor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** "Signs" by writing the command id as bytes; remembers every claim set it was given. */
public final class RecordingLockCommandSigner implements LockCommandSigner {
    private final List<LockCommandClaims> signed = new ArrayList<>();

    @Override
    public SignedLockCommand sign(LockCommandClaims claims) {
        signed.add(claims);
        return new SignedLockCommand(claims.commandId().toString().getBytes(StandardCharsets.US_ASCII), "test-kid",
                claims.expiresAt());
    }

    @Override
    public List<TrustAnchor> trustAnchors() {
        return List.of(new TrustAnchor("test-kid", "ES256", "P-256", "x", "y", "cose", true));
    }

    public List<LockCommandClaims> signed() {
        return List.copyOf(signed);
    }
}
