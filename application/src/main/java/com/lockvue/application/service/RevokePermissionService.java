package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.RevokePermissionUseCase;
import com.lockvue.application.port.out.PermissionRepository;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.permission.Permission;
import com.lockvue.domain.permission.PermissionId;
import com.lockvue.domain.permission.Recipient;

public class RevokePermissionService implements RevokePermissionUseCase {
    private final PermissionRepository permissions;
    private final AuditedTransactions audited;

    public RevokePermissionService(PermissionRepository permissions, AuditedTransactions audited) {
        this.permissions = permissions;
        this.audited = audited;
    }

    @Override
    public void revoke(AccountAdmin admin, PermissionId id) {
        audited.success(now -> admin.audit(AuditAction.PERMISSION_REVOKED, now).permission(id), event -> {
            Permission permission = permissions.findByIdForUpdate(admin.accountId(), id)
                    .orElseThrow(() -> NotFounds.permission(id));
            permissions.remove(id);
            event.lock(permission.lockId());
            event.facts().level(permission.level()).cause("REVOKED");
            if (permission.recipient() instanceof Recipient.UniqueCode code) {
                event.uniqueCode(code.id());
            }
            return null;
        });
    }
}
