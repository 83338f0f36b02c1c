package com.lockvue.application.port.out;

import com.lockvue.domain.account.UserId;
import java.time.Instant;

/**
 * The clients (a browser's known-client token, a network) from which a user has logged in successfully, and
 * when last. Keys are opaque strings made by the application; a browser's token is only ever stored hashed.
 */
public interface KnownLoginClients {
    boolean isKnown(UserId user, String clientKey, Instant since);

    void remember(UserId user, String clientKey, Instant now);
}
