package com.lockvue.application.service;

import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.FindPermissionsQuery;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.query.PermissionQueries;
import com.lockvue.application.view.PermissionView;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.uniquecode.UniqueCodeId;

public class FindPermissionsService implements FindPermissionsQuery {
    private final PermissionQueries permissions;
    private final TransactionRunner tx;

    public FindPermissionsService(PermissionQueries permissions, TransactionRunner tx) {
        this.permissions = permissions;
        this.tx = tx;
    }

    @Override
    public Page<PermissionView> list(AccountAdmin admin, LockId lock, UniqueCodeId code, PageRequest page) {
        return tx.inTransaction(() -> permissions.list(admin.accountId(), lock, code, page));
    }
}
