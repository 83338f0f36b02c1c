package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.ActivateLockUseCase;
import com.lockvue.application.port.out.AccountRepository;
import com.lockvue.application.port.out.LockRepository;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.lock.Lock;

public class ActivateLockService implements ActivateLockUseCase {
    private final AccountRepository accounts;
    private final LockRepository locks;
    private final AuditedTransactions audited;

    public ActivateLockService(AccountRepository accounts, LockRepository locks, AuditedTransactions audited) {
        this.accounts = accounts;
        this.locks = locks;
        this.audited = audited;
    }

    @Override
    public Lock activate(AccountAdmin admin, ActivateLockCommand command) {
        return audited.success(now -> admin.audit(AuditAction.LOCK_ACTIVATED, now), event -> {
            Accounts.require(accounts, admin.accountId());
            Lock lock = Lock.activate(admin.accountId(), command.serialNumber(), command.name(), event.now());
            locks.add(lock);
            event.lock(lock.id());
            return lock;
        });
    }
}
