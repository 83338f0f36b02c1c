package com.lockvue.application.port.out.query;

import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.application.view.AuditEntry;
import com.lockvue.application.view.AuditFilter;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Activity. */
public interface AuditQueries {
    /** The account's events, newest first, with the names of their lock and code. */
    Page<AuditEntry> search(AccountId owner, AuditFilter filter, PageRequest page);

    /** The code's latest refused logins and lock commands, newest first. */
    List<AuditEvent> recentFailures(AccountId owner, UniqueCodeId code, int limit);

    /** When the code's permission on the lock was last revoked, if it ever was. */
    Optional<Instant> lastRevocation(AccountId owner, UniqueCodeId code, LockId lock);
}
