package com.lockvue.application.port.out.query;

import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.application.view.PermissionView;
import com.lockvue.application.view.SharedLock;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.util.List;
import java.util.Map;
import com.lockvue.application.view.LockListing;
import com.lockvue.domain.lock.Lock;

/** The Permissions page, and the locks a code session sees. */
public interface PermissionQueries {
    /** The account's permissions, newest first, optionally only for one lock and/or one code. */
    Page<PermissionView> list(AccountId owner, LockId lock, UniqueCodeId code, PageRequest page);

    /** Locks shared to the code with their level, ordered by lock name then id. */
    List<SharedLock> sharedWith(UniqueCodeId code);

    /** For each lock, how many codes it is shared to and the first few of them by description. */
    Map<LockId, LockListing> sharesOf(List<Lock> locks, int recipientsPerLock);
}
