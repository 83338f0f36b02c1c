package com.lockvue.application.service;

import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.FindUniqueCodesQuery;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.query.UniqueCodeQueries;
import com.lockvue.application.view.UniqueCodeView;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;
import java.time.Clock;

public class FindUniqueCodesService implements FindUniqueCodesQuery {
    private final UniqueCodeQueries codes;
    private final TransactionRunner tx;
    private final Clock clock;

    public FindUniqueCodesService(UniqueCodeQueries codes, TransactionRunner tx, Clock clock) {
        this.codes = codes;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Page<UniqueCodeView> list(AccountAdmin admin, UniqueCodeStatus status, PageRequest page) {
        UniqueCodeStatus wanted = status == null ? UniqueCodeStatus.ACTIVE : status;
        if (wanted == UniqueCodeStatus.DELETED) {
            throw InvalidInput.of("/status", "must be ACTIVE or EXPIRED");
        }
        return tx.inTransaction(() -> codes.list(admin.accountId(), wanted, clock.instant(), page));
    }

    @Override
    public UniqueCodeView get(AccountAdmin admin, UniqueCodeId id) {
        return tx.inTransaction(() -> codes.find(admin.accountId(), id, clock.instant())
                .orElseThrow(() -> NotFounds.uniqueCode(id)));
    }
}
