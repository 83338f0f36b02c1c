package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.FindLocksQuery;
import com.lockvue.application.port.out.LockRepository;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.domain.failure.Check;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotFound;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.page.Page;
import com.lockvue.domain.page.PageRequest;

public class LockQueryService implements FindLocksQuery {
    private final LockRepository locks;
    private final TransactionRunner tx;

    public LockQueryService(LockRepository locks, TransactionRunner tx) {
        this.locks = locks;
        this.tx = tx;
    }

    @Override
    public Page<Lock> search(AccountAdmin admin, String search, PageRequest page) {
        String term = search == null || search.isBlank() ? null : Check.requireText(search, "/search", 1, 100);
        return tx.inTransaction(() -> locks.search(admin.accountId(), term, page));
    }

    @Override
    public Lock get(AccountAdmin admin, LockId id) {
        return tx.inTransaction(() -> locks.findById(admin.accountId(), id)
                .orElseThrow(() -> new NotFound(FailureCode.LOCK_NOT_FOUND, "No lock " + id + " on this account")));
    }
}
