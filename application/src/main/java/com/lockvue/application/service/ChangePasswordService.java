package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.ChangePasswordUseCase;
import com.lockvue.application.port.in.LogInUseCase.LoggedIn;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.AttemptLimiter;
import com.lockvue.application.port.out.AttemptLimiter.Decision;
import com.lockvue.application.port.out.PasswordHasher;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.UserRepository;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.account.Password;
import com.lockvue.domain.account.PasswordPolicy;
import com.lockvue.domain.account.User;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.failure.Check;
import com.lockvue.domain.failure.DomainFailure;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.failure.NotAuthenticated;
import com.lockvue.domain.failure.RateLimitStatus;
import com.lockvue.domain.failure.TooManyAttempts;
import java.util.List;

/**
 * A new password, given the current one. Wrong current passwords are limited per user like failed logins (a
 * stolen session must not become a password oracle); a change ends every session of the owner.
 */
public class ChangePasswordService implements ChangePasswordUseCase {
    private final UserRepository users;
    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final PasswordPolicy passwords;
    private final AttemptLimiter limiter;
    private final LoginLimits limits;
    private final OwnerLogins logins;
    private final AuditedTransactions audited;
    private final TransactionRunner tx;

    public ChangePasswordService(UserRepository users, AccountRepository accounts, PasswordHasher hasher,
            PasswordPolicy passwords, AttemptLimiter limiter, LoginLimits limits, OwnerLogins logins,
            AuditedTransactions audited, TransactionRunner tx) {
        this.users = users;
        this.accounts = accounts;
        this.hasher = hasher;
        this.passwords = passwords;
        this.limiter = limiter;
        this.limits = limits;
        this.logins = logins;
        this.audited = audited;
        this.tx = tx;
    }

    @Override
    public LoggedIn changePassword(AccountAdmin admin, ChangePasswordCommand command) {
        Owner owner = tx.inTransaction(() -> new Owner(
                users.findById(admin.owner().userId()).filter(u -> u.accountId().equals(admin.accountId()))
                        .orElseThrow(() -> new NotAuthenticated(FailureCode.INVALID_CREDENTIALS, "The user no longer exists")),
                Accounts.require(accounts, admin.accountId())));
        Check check = new Check();
        Password current = check.attempt(() -> Password.typed(command.currentPassword(), "/currentPassword"));
        Password next = check.attempt(() -> passwords.accept(command.newPassword(), "/newPassword",
                owner.user().email(), owner.account().name()));
        check.orThrow();
        // Only the guess at the current password is counted (and taken back when it is right).
        String attemptKey = "password-change:user:" + admin.owner().userId();
        List<RateLimitStatus> counted = audited.outcome(now -> admin.audit(AuditAction.PASSWORD_CHANGED, now), event -> {
            Decision decision = limiter.register(attemptKey, limits.perSubject(), limits.window(), event.now());
            List<RateLimitStatus> mine = decision.status("per-user").stream().toList();
            if (!decision.allowed()) {
                throw new TooManyAttempts("Too many password changes; try again later", decision.retryAfter(), mine);
            }
            event.drop(); // counted: the change's outcome is recorded next
            return mine;
        });
        boolean matches = hasher.matches(current, owner.user().passwordHash());
        String newHash = matches ? hasher.hash(next) : null;
        try {
            return change(admin, command, owner, matches, newHash, attemptKey, counted);
        } catch (DomainFailure refused) {
            throw refused.countedIn(counted);
        }
    }

    private LoggedIn change(AccountAdmin admin, ChangePasswordCommand command, Owner owner, boolean matches,
            String newHash, String attemptKey, List<RateLimitStatus> counted) {
        return audited.outcome(now -> admin.audit(AuditAction.PASSWORD_CHANGED, now), event -> {
            if (!matches) {
                throw InvalidInput.of(FailureCode.INVALID_CREDENTIALS, "/currentPassword", "is not your current password");
            }
            limiter.forgive(attemptKey, limits.window(), event.now());
            users.changePasswordHash(admin.owner().userId(), newHash);
            logins.sessions().endAll(admin.owner().userId(), event.now());
            return logins.start(owner.user(), owner.account(), admin.clientAddress(), command.knownClientToken(),
                    event.now()).withLimits(counted.stream().map(RateLimitStatus::oneTakenBack).toList());
        });
    }

    private record Owner(User user, Account account) {
    }
}
