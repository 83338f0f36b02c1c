package com.lockvue.application.port.out.query;

import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.application.view.AuditEntry;
import com.lockvue.application.view.AuditFilter;
import com.lockvue.domain.account.AccountId;

/** Activity. */
public interface AuditQueries {
    /** The account's events, newest first, with the names of their lock and code. */
    Page<AuditEntry> search(AccountId owner, AuditFilter filter, PageRequest page);
}
