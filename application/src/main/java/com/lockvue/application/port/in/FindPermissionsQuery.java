package com.lockvue.application.port.in;

import com.lockvue.application.view.PermissionView;
import com.lockvue.domain.lock.LockId;
import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.domain.uniquecode.UniqueCodeId;

/** The Permissions page, optionally filtered by lock and by code. */
public interface FindPermissionsQuery {
    Page<PermissionView> list(AccountAdmin admin, LockId lock, UniqueCodeId code, PageRequest page);
}
