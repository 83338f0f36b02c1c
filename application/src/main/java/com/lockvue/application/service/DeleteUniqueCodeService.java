package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.DeleteUniqueCodeUseCase;
import com.lockvue.application.port.out.AuditLog;
import com.lockvue.application.port.out.PermissionRepository;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.permission.Permission;
import com.lockvue.domain.permission.Recipient;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.time.Clock;
import java.time.Instant;

public class DeleteUniqueCodeService implements DeleteUniqueCodeUseCase {
    private final UniqueCodeRepository codes;
    private final PermissionRepository permissions;
    private final AuditLog audit;
    private final TransactionRunner tx;
    private final Clock clock;

    public DeleteUniqueCodeService(UniqueCodeRepository codes, PermissionRepository permissions, AuditLog audit,
            TransactionRunner tx, Clock clock) {
        this.codes = codes;
        this.permissions = permissions;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void delete(AccountAdmin admin, UniqueCodeId id) {
        tx.inTransaction(() -> {
            UniqueCode code = codes.findByIdForUpdate(admin.accountId(), id)
                    .orElseThrow(() -> UniqueCodeQueryService.notFound(id));
            Instant now = clock.instant();
            code.delete(now);
            codes.update(code);
            for (Permission removed : permissions.removeAll(new Recipient.UniqueCode(id))) {
                audit.append(AuditEvent.of(AuditAction.PERMISSION_REVOKED, Actor.user(admin.userId()), now)
                        .account(admin.accountId()).lock(removed.lockId()).uniqueCode(id).permission(removed.id())
                        .note("unique code deleted").from(admin.clientAddress()).build());
            }
            audit.append(AuditEvent.of(AuditAction.UNIQUE_CODE_DELETED, Actor.user(admin.userId()), now)
                    .account(admin.accountId()).uniqueCode(id).from(admin.clientAddress()).build());
        });
    }
}
