package com.lockvue.application.port.in;

import com.lockvue.application.view.AuditEntry;
import com.lockvue.application.view.AuditFilter;
import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;

/** Activity: the account's audit trail, newest first. */
public interface FindAuditEventsQuery {
    Page<AuditEntry> list(AccountAdmin admin, AuditFilter filter, PageRequest page);
}
