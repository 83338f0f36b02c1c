package com.lockvue.application.fakes;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.service.AuditedTransactions;
import com.lockvue.testsupport.TestClock;
import com.lockvue.application.service.LoginLimits;
import com.lockvue.application.service.OwnerLogins;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.account.AccountSettings;
import com.lockvue.domain.account.EmailAddress;
import com.lockvue.domain.account.OwnerSessionId;
import com.lockvue.domain.account.Password;
import com.lockvue.domain.account.PasswordPolicy;
import com.lockvue.domain.account.User;
import com.lockvue.domain.account.UserId;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.lock.SerialNumber;
import com.lockvue.domain.permission.Permission;
import com.lockvue.domain.permission.PermissionLevel;
import com.lockvue.domain.permission.Recipient;
import com.lockvue.domain.uniquecode.CodeValue;
import com.lockvue.domain.uniquecode.UniqueCode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Every fake out-port, wired to one transaction runner and one clock, plus helpers to seed state. */
public final class FakeWorld {
    public static final Instant START = Instant.parse("2026-03-10T09:00:00Z");
    public static final String ADDRESS = "203.0.113.7";

    public final TestClock clock = new TestClock(START);
    public final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    public final InMemoryUserRepository users = new InMemoryUserRepository();
    public final InMemoryLockRepository locks = new InMemoryLockRepository();
    public final InMemoryUniqueCodeRepository codes = new InMemoryUniqueCodeRepository();
    public final InMemoryPermissionRepository permissions = new InMemoryPermissionRepository(locks, codes);
    public final InMemoryCodeSessionStates sessionStates = new InMemoryCodeSessionStates(codes, accounts, permissions);
    public final InMemoryUniqueCodeQueries codeViews = new InMemoryUniqueCodeQueries(codes, permissions, accounts);
    public final RecordingOutbox outbox = new RecordingOutbox();
    public final RecordingAuditLog audit = new RecordingAuditLog(outbox);
    public final InMemoryAttemptLimiter limiter = new InMemoryAttemptLimiter();
    public final FakePasswordHasher hasher = new FakePasswordHasher();
    public final InMemoryOwnerSessionRepository sessions = new InMemoryOwnerSessionRepository();
    public final InMemoryKnownLoginClients knownClients = new InMemoryKnownLoginClients();
    public final FakeTransactionRunner tx = new FakeTransactionRunner(accounts, users, locks, codes, permissions, audit,
            limiter, sessions, knownClients, outbox);
    public final AuditedTransactions audited = new AuditedTransactions(tx, audit, clock);
    public final LoginLimits limits = new LoginLimits(5, 3, Duration.ofMinutes(15));
    public final PasswordPolicy passwordPolicy = PasswordPolicy.of(12, Set.of("password1234", "qwertyuiop123"));
    public final OwnerLogins logins = new OwnerLogins(sessions, knownClients, new SplittableRandom(7),
            Duration.ofHours(8));

    private final AtomicInteger serials = new AtomicInteger(1000);

    public Account account(boolean uniqueCodesEnabled, ZoneId zone) {
        Account account = Account.open("Acme Rentals", new AccountSettings(uniqueCodesEnabled, zone), clock.instant());
        accounts.add(account);
        return account;
    }

    public Account account() {
        return account(true, ZoneId.of("UTC"));
    }

    public AccountAdmin adminOf(Account account) {
        return new AccountAdmin(UserId.random(), account.id(), OwnerSessionId.random(), ADDRESS);
    }

    public User user(Account account, String email, String password) {
        User user = new User(UserId.random(), account.id(), new EmailAddress(email), hasher.hash(Password.typed(password, "/password")),
                clock.instant());
        users.add(user);
        return user;
    }

    public Lock lock(Account account, String name) {
        Lock lock = Lock.activate(account.id(), new SerialNumber("LV-" + serials.incrementAndGet()), name,
                clock.instant());
        locks.add(lock);
        return lock;
    }

    public UniqueCode code(Account account, String typedValue, Duration validFor) {
        UniqueCode code = UniqueCode.create(account.id(), "Cleaner", clock.instant().plus(validFor), clock.instant(),
                account.settings().timeZone());
        codes.add(code, CodeValue.parse(typedValue));
        return code;
    }

    public Permission share(Lock lock, UniqueCode code, PermissionLevel level) {
        Permission permission = Permission.grant(lock.accountId(), lock.id(), new Recipient.UniqueCode(code.id()), level,
                clock.instant());
        permissions.add(permission);
        return permission;
    }

    public void setUniqueCodesEnabled(Account account, boolean enabled) {
        Account stored = accounts.findById(account.id()).orElseThrow();
        stored.changeSettings(stored.settings().withUniqueCodesEnabled(enabled));
        accounts.update(stored);
    }
}
