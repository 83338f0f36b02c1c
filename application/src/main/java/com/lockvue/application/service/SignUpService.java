package com.lockvue.application.service;

import com.lockvue.application.port.in.LogInUseCase.LoggedIn;
import com.lockvue.application.port.in.SignUpUseCase;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.AttemptLimiter;
import com.lockvue.application.port.out.AttemptLimiter.Decision;
import com.lockvue.application.port.out.PasswordHasher;
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
import com.lockvue.domain.failure.DomainFailure;
import com.lockvue.domain.failure.TooManyAttempts;
import com.lockvue.domain.failure.RateLimitStatus;
import java.time.ZoneId;
import java.util.List;

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
    private final AuditedTransactions audited;

    public SignUpService(AccountRepository accounts, UserRepository users, PasswordHasher hasher,
            PasswordPolicy passwords, AttemptLimiter limiter, SignUpLimits limits, OwnerLogins logins,
            AuditedTransactions audited) {
        this.accounts = accounts;
        this.users = users;
        this.hasher = hasher;
        this.passwords = passwords;
        this.limiter = limiter;
        this.limits = limits;
        this.logins = logins;
        this.audited = audited;
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
        List<RateLimitStatus> limits = audited.outcome(
                now -> AuditEvent.anonymous(AuditAction.ACCOUNT_CREATED, now).from(command.clientAddress()),
                event -> count(command.clientAddress(), event));
        // Hash outside the transaction: it is slow on purpose and needs no database.
        String passwordHash = hasher.hash(password);
        try {
            return open(command, accountName, email, zone, passwordHash, limits);
        } catch (DomainFailure refused) {
            throw refused.countedIn(limits);
        }
    }

    private LoggedIn open(SignUpCommand command, String accountName, EmailAddress email, ZoneId zone,
            String passwordHash, List<RateLimitStatus> limits) {
        return audited.success(now -> AuditEvent.anonymous(AuditAction.ACCOUNT_CREATED, now)
                .from(command.clientAddress()), event -> {
            Account account = Account.open(accountName, AccountSettings.defaults(zone), event.now());
            User owner = new User(UserId.random(), account.id(), email, passwordHash, event.now());
            accounts.add(account);
            users.add(owner);
            event.actor(Actor.user(owner.id())).account(account.id());
            return logins.start(owner, account, command.clientAddress(), null, event.now()).withLimits(limits);
        });
    }

    /** Counts the sign-up; returns the caller's own limit (the count of all clients together is not theirs). */
    private List<RateLimitStatus> count(String clientAddress, AuditDraft event) {
        Decision byAddress = limiter.register("sign-up:addr:" + ClientNetwork.keyOf(clientAddress),
                limits.perAddress(), limits.addressWindow(), event.now());
        // A request its own address already refuses is not counted for everyone: one client cannot use up the
        // allowance of all the others.
        Decision overall = byAddress.allowed()
                ? limiter.register("sign-up:all", limits.total(), limits.totalWindow(), event.now()) : Decision.allow();
        List<RateLimitStatus> limits = byAddress.status("per-address").stream().toList();
        if (byAddress.allowed() && overall.allowed()) {
            event.drop(); // counted and allowed: the sign-up itself is recorded once it succeeds
            return limits;
        }
        // One audit line per limit and window, not one per refused request of a flood.
        if (byAddress.firstRefusal() || overall.firstRefusal()) {
            event.failureDetail(byAddress.allowed() ? " all-clients" : " per-address");
        } else {
            event.drop();
        }
        throw new TooManyAttempts("Too many sign-ups; try again later", Decision.longestWait(byAddress, overall),
                limits);
    }
}
