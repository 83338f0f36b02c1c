package com.lockvue.application.service;

import com.lockvue.application.port.in.LogInUseCase;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.AttemptLimiter;
import com.lockvue.application.port.out.AttemptLimiter.Decision;
import com.lockvue.application.port.out.AuditLog;
import com.lockvue.application.port.out.PasswordHasher;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.UserRepository;
import com.lockvue.domain.account.EmailAddress;
import com.lockvue.domain.account.Password;
import com.lockvue.domain.account.User;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.failure.Check;
import com.lockvue.domain.failure.DomainFailure;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotAuthenticated;
import com.lockvue.domain.failure.TooManyAttempts;
import java.time.Clock;
import java.time.Instant;
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
    private final AuditLog audit;
    private final TransactionRunner tx;
    private final Clock clock;

    public LogInService(UserRepository users, AccountRepository accounts, PasswordHasher hasher, AttemptLimiter limiter,
            LoginLimits limits, OwnerLogins logins, AuditLog audit, TransactionRunner tx, Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.hasher = hasher;
        this.limiter = limiter;
        this.limits = limits;
        this.logins = logins;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public LoggedIn logIn(LogInCommand command) {
        Check check = new Check();
        Password password = check.attempt(() -> Password.typed(command.password(), "/password"));
        EmailAddress email = check.attempt(() -> new EmailAddress(command.email()));
        check.orThrow();
        Counted counted = tx.inTransactionKeepingRefusals(() -> count(email, command));
        Optional<User> user = counted.user();
        boolean matches = hasher.matches(password, user.map(User::passwordHash).orElse(hasher.decoyHash()));
        String upgradedHash = matches && hasher.needsRehash(user.get().passwordHash()) ? hasher.hash(password) : null;
        return tx.inTransactionKeepingRefusals(() -> {
            Instant now = clock.instant();
            if (!matches) {
                throw refuse(user, now, command,
                        new NotAuthenticated(FailureCode.INVALID_CREDENTIALS, "Email or password is incorrect"));
            }
            User owner = user.get();
            limiter.forgive(counted.subjectKey(), limits.window(), now);
            if (upgradedHash != null) {
                users.changePasswordHash(owner.id(), upgradedHash);
            }
            audit.append(AuditEvent.of(AuditAction.USER_LOGIN, Actor.user(owner.id()), now)
                    .account(owner.accountId()).from(command.clientAddress()).build());
            return logins.start(owner, Accounts.require(accounts, owner.accountId()), command.clientAddress(),
                    command.knownClientToken(), now);
        });
    }

    private Counted count(EmailAddress email, LogInCommand command) {
        Instant now = clock.instant();
        Decision byAddress = limiter.register("login:addr:" + ClientNetwork.keyOf(command.clientAddress()),
                limits.perAddress(), limits.window(), now);
        Optional<User> user = users.findByEmail(email);
        String subjectKey = "login:email:" + email.value() + user
                .flatMap(u -> logins.knownClient(u.id(), command.clientAddress(), command.knownClientToken(), now))
                .map(client -> ":" + client).orElse("");
        Decision bySubject = limiter.register(subjectKey, limits.perSubject(), limits.window(), now);
        if (!byAddress.allowed() || !bySubject.allowed()) {
            throw refuse(user, now, command, new TooManyAttempts("Too many login attempts; try again later",
                    Decision.longestWait(byAddress, bySubject)));
        }
        return new Counted(user, subjectKey);
    }

    private DomainFailure refuse(Optional<User> user, Instant now, LogInCommand command, DomainFailure failure) {
        AuditEvent.Builder event = AuditEvent.of(AuditAction.USER_LOGIN,
                user.map(u -> Actor.user(u.id())).orElse(Actor.anonymous()), now)
                .failed(failure.code().slug()).from(command.clientAddress());
        user.ifPresent(u -> event.account(u.accountId()));
        audit.append(event.build());
        return failure;
    }

    /** The user the email names, if any, and the counter the attempt was counted on besides the address. */
    private record Counted(Optional<User> user, String subjectKey) {
    }
}
