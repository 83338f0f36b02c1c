package com.lockvue.application.service;

import com.lockvue.application.port.in.LogInUseCase;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.AttemptLimiter;
import com.lockvue.application.port.out.AttemptLimiter.Decision;
import com.lockvue.application.port.out.PasswordHasher;
import com.lockvue.application.port.out.UserRepository;
import com.lockvue.domain.account.User;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.failure.DomainFailure;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotAuthenticated;
import com.lockvue.domain.failure.TooManyAttempts;
import com.lockvue.domain.failure.RateLimitStatus;
import java.util.List;
import java.util.Optional;

/**
 * Owner login in three steps, so that the deliberately slow hash holds no connection and no counter lock: count
 * the attempt and find the user; compare the password; record the outcome.
 *
 * <p>Two limits apply. Per client address, every attempt counts. Per email, failures count, and they count for the
 * client they come from when the owner has logged in from it before ({@link OwnerLogins#knownClient}), else
 * together for every unknown client: an attacker who knows the email can hold up logins from new places, never
 * from the owner's own browsers and networks. A success takes its attempt back, so only failures fill a limit.
 */
public class LogInService implements LogInUseCase {
    private final UserRepository users;
    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final AttemptLimiter limiter;
    private final LoginLimits limits;
    private final OwnerLogins logins;
    private final AuditedTransactions audited;

    public LogInService(UserRepository users, AccountRepository accounts, PasswordHasher hasher, AttemptLimiter limiter,
            LoginLimits limits, OwnerLogins logins, AuditedTransactions audited) {
        this.users = users;
        this.accounts = accounts;
        this.hasher = hasher;
        this.limiter = limiter;
        this.limits = limits;
        this.logins = logins;
        this.audited = audited;
    }

    @Override
    public LoggedIn logIn(LogInCommand command) {
        Counted counted = audited.outcome(now -> attemptEvent(command, now), event -> count(command, event));
        Optional<User> user = counted.user();
        boolean matches = hasher.matches(command.password(), user.map(User::passwordHash).orElse(hasher.decoyHash()));
        String upgradedHash = matches && hasher.needsRehash(user.get().passwordHash())
                ? hasher.hash(command.password()) : null;
        try {
            return checked(command, counted, user, matches, upgradedHash);
        } catch (DomainFailure refused) {
            throw refused.countedIn(counted.limits());
        }
    }

    private LoggedIn checked(LogInCommand command, Counted counted, Optional<User> user, boolean matches,
            String upgradedHash) {
        return audited.outcome(now -> attemptEvent(command, now), event -> {
            user.ifPresent(u -> event.actor(Actor.user(u.id())).account(u.accountId()));
            if (!matches) {
                throw new NotAuthenticated(FailureCode.INVALID_CREDENTIALS, "Email or password is incorrect");
            }
            User owner = user.get();
            limiter.forgive(counted.subjectKey(), limits.window(), event.now());
            if (upgradedHash != null) {
                users.changePasswordHash(owner.id(), upgradedHash);
            }
            return logins.start(owner, Accounts.require(accounts, owner.accountId()), command.clientAddress(),
                    command.knownClientToken(), event.now()).withLimits(counted.limits());
        });
    }

    private Counted count(LogInCommand command, AuditDraft event) {
        Decision byAddress = limiter.register("login:addr:" + ClientNetwork.keyOf(command.clientAddress()),
                limits.perAddress(), limits.window(), event.now());
        Optional<User> user = users.findByEmail(command.email());
        user.ifPresent(u -> event.actor(Actor.user(u.id())).account(u.accountId()));
        String subjectKey = "login:email:" + command.email().value() + user
                .flatMap(u -> logins.knownClient(u.id(), command.clientAddress(), command.knownClientToken(), event.now()))
                .map(client -> ":" + client).orElse("");
        Decision bySubject = limiter.register(subjectKey, limits.perSubject(), limits.window(), event.now());
        // The per-email count is not the caller's own (others may be failing on that email): not reported.
        List<RateLimitStatus> limits = byAddress.status("per-address").stream().toList();
        if (!byAddress.allowed() || !bySubject.allowed()) {
            throw new TooManyAttempts("Too many login attempts; try again later",
                    Decision.longestWait(byAddress, bySubject), limits);
        }
        event.drop(); // the count passed: the attempt's outcome is recorded by the last step
        return new Counted(user, subjectKey, limits);
    }

    private static AuditEvent.Builder attemptEvent(LogInCommand command, java.time.Instant now) {
        return AuditEvent.anonymous(AuditAction.USER_LOGIN, now).from(command.clientAddress());
    }

    /** The user the email names, if any, and the counter the attempt was counted on besides the address. */
    private record Counted(Optional<User> user, String subjectKey, List<RateLimitStatus> limits) {
    }
}
