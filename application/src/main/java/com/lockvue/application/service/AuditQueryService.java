package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.FindAuditEventsQuery;
import com.lockvue.application.port.out.AuditLog;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.view.AuditEntry;
import com.lockvue.application.view.AuditFilter;
import com.lockvue.domain.page.Page;
import com.lockvue.domain.page.PageRequest;

public class AuditQueryService implements FindAuditEventsQuery {
    private final AuditLog audit;
    private final TransactionRunner tx;

    public AuditQueryService(AuditLog audit, TransactionRunner tx) {
        this.audit = audit;
        this.tx = tx;
    }

    @Override
    public Page<AuditEntry> list(AccountAdmin admin, AuditFilter filter, PageRequest page) {
        return tx.inTransaction(() -> audit.search(admin.accountId(), filter == null ? AuditFilter.none() : filter, page));
    }
}
