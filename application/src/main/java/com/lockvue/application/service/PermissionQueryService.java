package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.FindPermissionsQuery;
import com.lockvue.application.port.out.PermissionRepository;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.view.PermissionView;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.page.Page;
import com.lockvue.domain.page.PageRequest;
import com.lockvue.domain.uniquecode.UniqueCodeId;

public class PermissionQueryService implements FindPermissionsQuery {
    private final PermissionRepository permissions;
    private final TransactionRunner tx;

    public PermissionQueryService(PermissionRepository permissions, TransactionRunner tx) {
        this.permissions = permissions;
        this.tx = tx;
    }

    @Override
    public Page<PermissionView> list(AccountAdmin admin, LockId lock, UniqueCodeId code, PageRequest page) {
        return tx.inTransaction(() -> permissions.list(admin.accountId(), lock, code, page));
    }
}
