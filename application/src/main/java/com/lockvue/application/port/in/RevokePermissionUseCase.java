package com.lockvue.application.port.in;

import com.lockvue.domain.permission.PermissionId;

public interface RevokePermissionUseCase {
    void revoke(AccountAdmin admin, PermissionId id);
}
