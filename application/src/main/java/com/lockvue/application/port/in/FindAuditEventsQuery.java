package com.lockvue.application.port.in;

import com.lockvue.application.view.AuditFilter;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.page.Page;
import com.lockvue.domain.page.PageRequest;

/** Activity: the account's audit trail, newest first. */
public interface FindAuditEventsQuery {
    Page<AuditEvent> list(AccountAdmin admin, AuditFilter filter, PageRequest page);
}
