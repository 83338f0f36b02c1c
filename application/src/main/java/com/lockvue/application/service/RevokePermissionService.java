package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.RevokePermissionUseCase;
import com.lockvue.application.port.out.AuditLog;
import com.lockvue.application.port.out.PermissionRepository;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotFound;
import com.lockvue.domain.permission.Permission;
import com.lockvue.domain.permission.PermissionId;
import com.lockvue.domain.permission.Recipient;
import java.time.Clock;

public class RevokePermissionService implements RevokePermissionUseCase {
    private final PermissionRepository permissions;
    private final AuditLog audit;
    private final TransactionRunner tx;
    private final Clock clock;

    public RevokePermissionService(PermissionRepository permissions, AuditLog audit, TransactionRunner tx, Clock clock) {
        this.permissions = permissions;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void revoke(AccountAdmin admin, PermissionId id) {
        tx.inTransaction(() -> {
            Permission permission = permissions.findByIdForUpdate(admin.accountId(), id)
                    .orElseThrow(() -> new NotFound(FailureCode.PERMISSION_NOT_FOUND, "No permission " + id + " on this account"));
            permissions.remove(id);
            var event = AuditEvent.of(AuditAction.PERMISSION_REVOKED, Actor.user(admin.userId()), clock.instant())
                    .account(admin.accountId()).lock(permission.lockId()).permission(id).from(admin.clientAddress());
            if (permission.recipient() instanceof Recipient.UniqueCode uc) {
                event.uniqueCode(uc.id());
            }
            audit.append(event.build());
        });
    }
}
