package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.ActivateLockUseCase;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.AuditLog;
import com.lockvue.application.port.out.LockRepository;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.failure.Check;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.lock.SerialNumber;
import java.time.Clock;
import java.time.Instant;

public class ActivateLockService implements ActivateLockUseCase {
    private final AccountRepository accounts;
    private final LockRepository locks;
    private final AuditLog audit;
    private final TransactionRunner tx;
    private final Clock clock;

    public ActivateLockService(AccountRepository accounts, LockRepository locks, AuditLog audit, TransactionRunner tx,
            Clock clock) {
        this.accounts = accounts;
        this.locks = locks;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Lock activate(AccountAdmin admin, ActivateLockCommand command) {
        Check check = new Check();
        SerialNumber serial = check.attempt(() -> new SerialNumber(command.serialNumber()));
        String name = check.attempt(() -> Lock.validName(command.name()));
        check.orThrow();
        return tx.inTransaction(() -> {
            Accounts.require(accounts, admin.accountId());
            Instant now = clock.instant();
            Lock lock = Lock.activate(admin.accountId(), serial, name, now);
            locks.add(lock);
            audit.append(AuditEvent.of(AuditAction.LOCK_ACTIVATED, Actor.user(admin.userId()), now)
                    .account(admin.accountId()).lock(lock.id()).from(admin.clientAddress()).build());
            return lock;
        });
    }
}
