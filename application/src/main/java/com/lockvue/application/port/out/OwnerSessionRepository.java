package com.lockvue.application.port.out;

import com.lockvue.domain.account.OwnerSession;
import com.lockvue.domain.account.OwnerSessionId;
import com.lockvue.domain.account.UserId;
import java.time.Instant;
import java.util.Optional;

/** Account owners' logins; a token is only as good as its session here. */
public interface OwnerSessionRepository {
    void add(OwnerSession session);

    Optional<OwnerSession> findById(OwnerSessionId id);

    /** Stores that the session ended. */
    void update(OwnerSession session);

    /** Ends every session of the user that has not ended yet; returns how many. */
    int endAll(UserId user, Instant now);
}
