package com.lockvue.application.service;

import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.FindAuditEventsQuery;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.query.AuditQueries;
import com.lockvue.application.view.AuditEntry;
import com.lockvue.application.view.AuditFilter;

public class FindAuditEventsService implements FindAuditEventsQuery {
    private final AuditQueries audit;
    private final TransactionRunner tx;

    public FindAuditEventsService(AuditQueries audit, TransactionRunner tx) {
        this.audit = audit;
        this.tx = tx;
    }

    @Override
    public Page<AuditEntry> list(AccountAdmin admin, AuditFilter filter, PageRequest page) {
        return tx.inTransaction(() -> audit.search(admin.accountId(), filter == null ? AuditFilter.none() : filter, page));
    }
}
