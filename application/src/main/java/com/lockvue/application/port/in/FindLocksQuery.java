package com.lockvue.application.port.in;

import com.lockvue.application.view.LockListing;
import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.lock.LockId;
import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;

/** My Locks: search the account's locks, or open one. */
public interface FindLocksQuery {
    Page<LockListing> search(AccountAdmin admin, String search, PageRequest page);

    Lock get(AccountAdmin admin, LockId id);
}
