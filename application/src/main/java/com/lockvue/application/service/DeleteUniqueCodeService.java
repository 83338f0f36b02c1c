package com.lockvue.application.service;

import com.lockvue.application.event.EventFacts;
import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.DeleteUniqueCodeUseCase;
import com.lockvue.application.port.out.PermissionRepository;
import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.permission.Permission;
import com.lockvue.domain.permission.Recipient;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;

public class DeleteUniqueCodeService implements DeleteUniqueCodeUseCase {
    private final UniqueCodeRepository codes;
    private final PermissionRepository permissions;
    private final AuditedTransactions audited;

    public DeleteUniqueCodeService(UniqueCodeRepository codes, PermissionRepository permissions,
            AuditedTransactions audited) {
        this.codes = codes;
        this.permissions = permissions;
        this.audited = audited;
    }

    @Override
    public void delete(AccountAdmin admin, UniqueCodeId id) {
        audited.success(now -> admin.audit(AuditAction.UNIQUE_CODE_DELETED, now).uniqueCode(id), event -> {
            UniqueCode code = codes.findByIdForUpdate(admin.accountId(), id).orElseThrow(() -> NotFounds.uniqueCode(id));
            code.delete(event.now());
            codes.update(code);
            for (Permission removed : permissions.removeAll(new Recipient.UniqueCode(id))) {
                event.alsoOnSuccess(admin.audit(AuditAction.PERMISSION_REVOKED, event.now()).lock(removed.lockId())
                        .uniqueCode(id).permission(removed.id()).note("unique code deleted").build(),
                        EventFacts.none().level(removed.level()).cause("UNIQUE_CODE_DELETED"));
            }
            return null;
        });
    }
}
