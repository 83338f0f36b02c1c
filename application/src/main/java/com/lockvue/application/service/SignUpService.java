package com.lockvue.application.service;

import com.lockvue.application.port.in.LogInUseCase.LoggedIn;
import com.lockvue.application.port.in.SignUpUseCase;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.AttemptLimiter;
import com.lockvue.application.port.out.AttemptLimiter.Decision;
import com.lockvue.application.port.out.AuditLog;
import com.lockvue.application.port.out.PasswordHasher;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.UserRepository;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.account.AccountSettings;
import com.lockvue.domain.account.EmailAddress;
import com.lockvue.domain.account.Password;
import com.lockvue.domain.account.PasswordPolicy;
import com.lockvue.domain.account.TimeZones;
import com.lockvue.domain.account.User;
import com.lockvue.domain.account.UserId;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.failure.Check;
import com.lockvue.domain.failure.TooManyAttempts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Sign-up. A valid request is counted per client address and in total before its password is hashed, so that a
 * flood of sign-ups can neither burn the server's CPU on hashing nor list which emails are registered at speed.
 */
public class SignUpService implements SignUpUseCase {
    private final AccountRepository accounts;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordPolicy passwords;
    private final AttemptLimiter limiter;
    private final SignUpLimits limits;
    private final OwnerLogins logins;
    private final AuditLog audit;
    private final TransactionRunner tx;
    private final Clock clock;

    public SignUpService(AccountRepository accounts, UserRepository users, PasswordHasher hasher,
            PasswordPolicy passwords, AttemptLimiter limiter, SignUpLimits limits, OwnerLogins logins, AuditLog audit,
            TransactionRunner tx, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.hasher = hasher;
        this.passwords = passwords;
        this.limiter = limiter;
        this.limits = limits;
        this.logins = logins;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public LoggedIn signUp(SignUpCommand command) {
        Check check = new Check();
        String accountName = check.attempt(() -> Check.requireText(command.accountName(), "/accountName", 1, Account.NAME_MAX));
        EmailAddress email = check.attempt(() -> new EmailAddress(command.email()));
        Password password = check.attempt(() -> passwords.accept(command.password(), "/password", email, accountName));
        ZoneId zone = command.timeZone() == null ? ZoneId.of("UTC")
                : check.attempt(() -> TimeZones.parse(command.timeZone(), "/timeZone"));
        check.orThrow();
        tx.inTransactionKeepingRefusals(() -> count(command.clientAddress()));
        // Hash outside the transaction: it is slow on purpose and needs no database.
        String passwordHash = hasher.hash(password);
        return tx.inTransaction(() -> {
            Instant now = clock.instant();
            Account account = Account.open(accountName, AccountSettings.defaults(zone), now);
            User owner = new User(UserId.random(), account.id(), email, passwordHash, now);
            accounts.add(account);
            users.add(owner);
            audit.append(AuditEvent.of(AuditAction.ACCOUNT_CREATED, Actor.user(owner.id()), now)
                    .account(account.id()).from(command.clientAddress()).build());
            return logins.start(owner, account, command.clientAddress(), null, now);
        });
    }

    private Void count(String clientAddress) {
        Instant now = clock.instant();
        Decision byAddress = limiter.register("sign-up:addr:" + ClientNetwork.keyOf(clientAddress),
                limits.perAddress(), limits.addressWindow(), now);
        // A request its own address already refuses is not counted for everyone: one client cannot use up the
        // allowance of all the others.
        Decision overall = byAddress.allowed()
                ? limiter.register("sign-up:all", limits.total(), limits.totalWindow(), now) : Decision.allow();
        if (!byAddress.allowed() || !overall.allowed()) {
            // One audit line per limit and window, not one per refused request of a flood.
            if (byAddress.firstRefusal() || overall.firstRefusal()) {
                audit.append(AuditEvent.of(AuditAction.ACCOUNT_CREATED, Actor.anonymous(), now)
                        .failed("too-many-attempts " + (byAddress.allowed() ? "all-clients" : "per-address"))
                        .from(clientAddress).build());
            }
            throw new TooManyAttempts("Too many sign-ups; try again later", Decision.longestWait(byAddress, overall));
        }
        return null;
    }
}
