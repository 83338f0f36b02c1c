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
import com.lockvue.domain.failure.DomainFailure;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.failure.NotAuthenticated;
import com.lockvue.domain.failure.TooManyAttempts;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public class LogInService implements LogInUseCase {
    private final UserRepository users;
    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final AttemptLimiter limiter;
    private final LoginLimits limits;
    private final AuditLog audit;
    private final TransactionRunner tx;
    private final Clock clock;

    public LogInService(UserRepository users, AccountRepository accounts, PasswordHasher hasher, AttemptLimiter limiter, LoginLimits limits,
            AuditLog audit, TransactionRunner tx, Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.hasher = hasher;
        this.limiter = limiter;
        this.limits = limits;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public LoggedIn logIn(LogInCommand command) {
        if (command.password() == null || command.password().isEmpty()) {
            throw InvalidInput.of("/password", "is required");
        }
        if (command.password().length() > Password.MAX) {
            throw InvalidInput.of("/password", "must be at most " + Password.MAX + " characters");
        }
        EmailAddress email = new EmailAddress(command.email());
        // Three steps, so that the deliberately slow hash holds no connection and no counter lock:
        // count the attempt and find the user; compare the password; record the outcome.
        Attempt attempt = tx.inTransaction(() -> countAttempt(email, command));
        if (attempt.refusal() != null) {
            throw attempt.refusal();
        }
        Optional<User> user = attempt.user();
        boolean matches = hasher.matches(command.password(), user.map(User::passwordHash).orElse(hasher.decoyHash()));
        Outcome outcome = tx.inTransaction(() -> {
            Instant now = clock.instant();
            if (user.isEmpty() || !matches) {
                return fail(user, now, command,
                        new NotAuthenticated(FailureCode.INVALID_CREDENTIALS, "Email or password is incorrect"));
            }
            audit.append(AuditEvent.of(AuditAction.USER_LOGIN, Actor.user(user.get().id()), now)
                    .account(user.get().accountId()).from(command.clientAddress()).build());
            return new Outcome(new LoggedIn(user.get(), Accounts.require(accounts, user.get().accountId())), null);
        });
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.loggedIn();
    }

    private Attempt countAttempt(EmailAddress email, LogInCommand command) {
        Instant now = clock.instant();
        Decision byAddress = limiter.register("login:addr:" + ClientNetwork.keyOf(command.clientAddress()),
                limits.perAddress(), limits.window(), now);
        Decision byEmail = limiter.register("login:email:" + email.value(), limits.perSubject(), limits.window(), now);
        Optional<User> user = users.findByEmail(email);
        if (!byAddress.allowed() || !byEmail.allowed()) {
            var retryAfter = byAddress.retryAfter().compareTo(byEmail.retryAfter()) > 0 ? byAddress.retryAfter()
                    : byEmail.retryAfter();
            return new Attempt(user,
                    fail(user, now, command, new TooManyAttempts("Too many login attempts; try again later", retryAfter))
                            .failure());
        }
        return new Attempt(user, null);
    }

    private Outcome fail(Optional<User> user, Instant now, LogInCommand command, DomainFailure failure) {
        if (user.isPresent()) {
            audit.append(AuditEvent.of(AuditAction.USER_LOGIN, Actor.user(user.get().id()), now)
                    .account(user.get().accountId()).failed(failure.code().slug()).from(command.clientAddress())
                    .build());
        } else {
            audit.append(AuditEvent.of(AuditAction.USER_LOGIN, Actor.anonymous(), now)
                    .failed(failure.code().slug()).from(command.clientAddress()).build());
        }
        return new Outcome(null, failure);
    }

    private record Attempt(Optional<User> user, DomainFailure refusal) {
    }

    private record Outcome(LoggedIn loggedIn, DomainFailure failure) {
    }
}
