package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.ReleaseDeviceUseCase;
import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.application.port.out.query.UniqueCodeQueries;
import com.lockvue.application.view.UniqueCodeView;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;

public class ReleaseDeviceService implements ReleaseDeviceUseCase {
    private final UniqueCodeRepository codes;
    private final UniqueCodeQueries views;
    private final AuditedTransactions audited;

    public ReleaseDeviceService(UniqueCodeRepository codes, UniqueCodeQueries views, AuditedTransactions audited) {
        this.codes = codes;
        this.views = views;
        this.audited = audited;
    }

    @Override
    public UniqueCodeView release(AccountAdmin admin, UniqueCodeId id) {
        return audited.success(now -> admin.audit(AuditAction.DEVICE_RELEASED, now).uniqueCode(id), event -> {
            UniqueCode code = codes.findByIdForUpdate(admin.accountId(), id).orElseThrow(() -> NotFounds.uniqueCode(id));
            code.boundDevice().ifPresent(device -> event.facts().device(device));
            if (code.releaseDevice()) {
                codes.update(code);
            } else {
                // Nothing was bound: nothing happened, nothing to record.
                event.drop();
            }
            return views.find(admin.accountId(), id, event.now()).orElseThrow(() -> NotFounds.uniqueCode(id));
        });
    }
}
