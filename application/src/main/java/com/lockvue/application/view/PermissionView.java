package com.lockvue.application.view;

import com.lockvue.domain.permission.Permission;

/** A permission with the lock's name and serial and the recipient's description, as lists show it. */
public record PermissionView(Permission permission, String lockName, String lockSerialNumber,
        String recipientDescription) {
}
