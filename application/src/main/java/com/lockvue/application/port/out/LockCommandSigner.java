package com.lockvue.application.port.out;

import java.util.List;

/**
 * Signs the commands the mobile app relays to a lock over Bluetooth, and publishes the public keys locks must
 * trust to verify them offline. The wire format is specified in docs/lock-protocol.md.
 */
public interface LockCommandSigner {

    /** Signs the claims with the active key. */
    SignedLockCommand sign(LockCommandClaims claims);

    /** Every key a lock must trust: the active one and those still published after a rotation. */
    List<TrustAnchor> trustAnchors();
}
