package com.lockvue.application.service;

import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.FindLocksQuery;
import com.lockvue.application.port.out.LockRepository;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.query.LockQueries;
import com.lockvue.application.port.out.query.PermissionQueries;
import com.lockvue.application.view.LockListing;
import java.util.List;
import java.util.Map;
import com.lockvue.domain.failure.Check;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.lock.LockId;

public class FindLocksService implements FindLocksQuery {
    private final LockQueries queries;
    private final LockRepository locks;
    private final PermissionQueries permissions;
    private final TransactionRunner tx;

    public FindLocksService(LockQueries queries, LockRepository locks, PermissionQueries permissions,
            TransactionRunner tx) {
        this.queries = queries;
        this.locks = locks;
        this.permissions = permissions;
        this.tx = tx;
    }

    @Override
    public Page<LockListing> search(AccountAdmin admin, String search, PageRequest page) {
        String term = search == null || search.isBlank() ? null : Check.requireText(search, "/search", 1, 100);
        return tx.inTransaction(() -> {
            Page<Lock> found = queries.search(admin.accountId(), term, page);
            Map<LockId, LockListing> shares = permissions.sharesOf(found.items(), LockListing.RECIPIENTS_SHOWN);
            return found.map(lock -> shares.getOrDefault(lock.id(), new LockListing(lock, 0, List.of())));
        });
    }

    @Override
    public Lock get(AccountAdmin admin, LockId id) {
        return tx.inTransaction(() -> locks.findById(admin.accountId(), id).orElseThrow(() -> NotFounds.lock(id)));
    }
}
