package com.lockvue.application.port.in;

/** An owner's session: checked on every request that uses it, ended by logging out. */
public interface OwnerSessionUseCase {

    /** Throws NotAuthenticated (session-ended) unless the admin's session is still going. */
    void requireActive(AccountAdmin admin);

    void logOut(AccountAdmin admin);
}
