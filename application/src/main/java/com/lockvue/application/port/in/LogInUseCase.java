package com.lockvue.application.port.in;

import com.lockvue.domain.failure.RateLimitStatus;
import java.util.List;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.account.EmailAddress;
import com.lockvue.domain.account.OwnerSession;
import com.lockvue.domain.account.Password;
import com.lockvue.domain.account.User;
import com.lockvue.domain.failure.Check;
import java.util.Objects;

/**
 * Checks an owner's email and password and starts a session. Rate limited per client address, and per email for
 * clients the owner has not logged in from before (a client that has is limited on its own), so that whoever
 * knows the email cannot lock the owner out of the places they use.
 */
public interface LogInUseCase {

    LoggedIn logIn(LogInCommand command);

    /**
     * @param knownClientToken what to give the client to present at its next login (it marks the client as one
     *                         this owner used); never logged
     */
    /** {@code limits}: where the caller stands in the rate limits the attempt was counted in. */
    record LoggedIn(User user, Account account, OwnerSession session, String knownClientToken,
            List<RateLimitStatus> limits) {
        public LoggedIn(User user, Account account, OwnerSession session, String knownClientToken) {
            this(user, account, session, knownClientToken, List.of());
        }

        public LoggedIn withLimits(List<RateLimitStatus> counted) {
            return new LoggedIn(user, account, session, knownClientToken, counted);
        }

        @Override
        public String toString() {
            return "LoggedIn[user=" + user.id() + ", session=" + session.id() + ", knownClientToken=****]";
        }
    }

    /** @param knownClientToken the token the client was given at an earlier login, or null */
    record LogInCommand(EmailAddress email, Password password, String clientAddress, String knownClientToken) {
        public LogInCommand {
            Objects.requireNonNull(email);
            Objects.requireNonNull(password);
        }

        public static LogInCommand of(String email, String password, String clientAddress, String knownClientToken) {
            Check check = new Check();
            Password typed = check.attempt(() -> Password.typed(password, "/password"));
            EmailAddress address = check.attempt(() -> new EmailAddress(email));
            check.orThrow();
            return new LogInCommand(address, typed, clientAddress, knownClientToken);
        }

        @Override
        public String toString() {
            return "LogInCommand[email=" + email + ", password=****, knownClientToken=****]";
        }
    }
}
