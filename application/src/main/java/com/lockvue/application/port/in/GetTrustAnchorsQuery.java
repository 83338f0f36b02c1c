package com.lockvue.application.port.in;

import com.lockvue.application.port.out.TrustAnchor;
import com.lockvue.domain.lock.LockId;
import java.util.List;

/** The public keys a lock must trust, for provisioning it. */
public interface GetTrustAnchorsQuery {
    List<TrustAnchor> trustAnchors(AccountAdmin admin, LockId lockId);

    /** The same keys for anyone: they are public, every lock trusts the same ones, and installers need no login. */
    List<TrustAnchor> publicTrustAnchors();
}
