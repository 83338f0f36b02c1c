package com.lockvue.application.port.out.query;

import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.lock.Lock;

/** My Locks. */
public interface LockQueries {
    /** Locks ordered by name then id; {@code search} matches name or serial number, case-insensitively. */
    Page<Lock> search(AccountId owner, String search, PageRequest page);
}
