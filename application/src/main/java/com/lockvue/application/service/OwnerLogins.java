package com.lockvue.application.service;

import com.lockvue.application.port.in.LogInUseCase.LoggedIn;
import com.lockvue.application.port.out.KnownLoginClients;
import com.lockvue.application.port.out.OwnerSessionRepository;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.account.OwnerSession;
import com.lockvue.domain.account.User;
import com.lockvue.domain.account.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * What every successful owner authentication does (sign-up, login, password change): start a session and
 * remember the client; and which known client an attempt comes from. Shared by those three services.
 */
public final class OwnerLogins {
    private final OwnerSessionRepository sessions;
    private final KnownClients knownClients;
    private final Duration sessionLifetime;

    public OwnerLogins(OwnerSessionRepository sessions, KnownLoginClients knownClients, RandomGenerator secureRandom,
            Duration sessionLifetime) {
        this.sessions = sessions;
        this.knownClients = new KnownClients(knownClients, secureRandom);
        this.sessionLifetime = sessionLifetime;
    }

    /** Must run inside the transaction that records the success. */
    LoggedIn start(User user, Account account, String clientAddress, String presentedToken, Instant now) {
        OwnerSession session = OwnerSession.start(user.id(), now, sessionLifetime);
        sessions.add(session);
        String token = knownClients.remember(user.id(), clientAddress, presentedToken, now);
        return new LoggedIn(user, account, session, token);
    }

    /** The key of the known client an attempt comes from, if it is one. */
    Optional<String> knownClient(UserId user, String clientAddress, String presentedToken, Instant now) {
        return knownClients.recognise(user, clientAddress, presentedToken, now);
    }

    OwnerSessionRepository sessions() {
        return sessions;
    }
}
