package com.lockvue.application.port.in;

import com.lockvue.application.port.out.TrustAnchor;
import com.lockvue.domain.lock.LockId;
import java.util.List;

/** The public keys a lock must trust, for provisioning it. */
public interface GetTrustAnchorsQuery {
    List<TrustAnchor> trustAnchors(AccountAdmin admin, LockId lockId);
}
