package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.ReleaseDeviceUseCase;
import com.lockvue.application.port.out.AuditLog;
import com.lockvue.application.port.out.PermissionRepository;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.application.view.UniqueCodeView;
import com.lockvue.domain.audit.Actor;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.audit.AuditEvent;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.time.Clock;
import java.time.Instant;

public class ReleaseDeviceService implements ReleaseDeviceUseCase {
    private final UniqueCodeRepository codes;
    private final PermissionRepository permissions;
    private final AuditLog audit;
    private final TransactionRunner tx;
    private final Clock clock;

    public ReleaseDeviceService(UniqueCodeRepository codes, PermissionRepository permissions, AuditLog audit,
            TransactionRunner tx, Clock clock) {
        this.codes = codes;
        this.permissions = permissions;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public UniqueCodeView release(AccountAdmin admin, UniqueCodeId id) {
        return tx.inTransaction(() -> {
            UniqueCode code = codes.findByIdForUpdate(admin.accountId(), id)
                    .orElseThrow(() -> UniqueCodeQueryService.notFound(id));
            Instant now = clock.instant();
            if (code.releaseDevice()) {
                codes.update(code);
                audit.append(AuditEvent.of(AuditAction.DEVICE_RELEASED, Actor.user(admin.userId()), now)
                        .account(admin.accountId()).uniqueCode(id).from(admin.clientAddress()).build());
            }
            return UniqueCodeQueryService.view(permissions, code, now);
        });
    }
}
