package com.lockvue.application.port.out;

import com.lockvue.application.view.AuditEntry;
import com.lockvue.application.view.AuditFilter;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.page.Page;
import com.lockvue.domain.page.PageRequest;

/** The append-only audit trail. */
public interface AuditLog {
    void append(AuditEvent event);

    /** The account's events, newest first, with the names of their lock and code. */
    Page<AuditEntry> search(AccountId owner, AuditFilter filter, PageRequest page);
}
