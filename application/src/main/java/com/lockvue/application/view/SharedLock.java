package com.lockvue.application.view;

import com.lockvue.domain.lock.Lock;
import com.lockvue.domain.permission.PermissionId;
import com.lockvue.domain.permission.PermissionLevel;

/** A lock as a recipient sees it: the lock and the level it was shared at. */
public record SharedLock(Lock lock, PermissionId permissionId, PermissionLevel level) {
}
