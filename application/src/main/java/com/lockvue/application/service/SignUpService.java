package com.lockvue.application.service;

import com.lockvue.application.port.in.SignUpUseCase;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.AuditLog;
import com.lockvue.application.port.out.PasswordHasher;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.UserRepository;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.account.AccountSettings;
import com.lockvue.domain.account.EmailAddress;
import com.lockvue.domain.account.Password;
import com.lockvue.domain.account.TimeZones;
import com.lockvue.domain.account.User;
import com.lockvue.domain.account.UserId;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.failure.Check;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

public class SignUpService implements SignUpUseCase {
    private final AccountRepository accounts;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final TransactionRunner tx;
    private final Clock clock;

    public SignUpService(AccountRepository accounts, UserRepository users, PasswordHasher hasher, AuditLog audit,
            TransactionRunner tx, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public SignedUp signUp(SignUpCommand command) {
        Check check = new Check();
        String accountName = check.attempt(() -> Check.requireText(command.accountName(), "/accountName", 1, Account.NAME_MAX));
        EmailAddress email = check.attempt(() -> new EmailAddress(command.email()));
        Password password = check.attempt(() -> new Password(command.password()));
        ZoneId zone = command.timeZone() == null ? ZoneId.of("UTC")
                : check.attempt(() -> TimeZones.parse(command.timeZone(), "/timeZone"));
        check.orThrow();
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
            return new SignedUp(account, owner);
        });
    }
}
