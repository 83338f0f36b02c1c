package com.lockvue.application.service;

import com.lockvue.application.port.in.CodeSession;
import com.lockvue.application.port.in.RenameDeviceUseCase;
import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.uniquecode.DeviceName;
import com.lockvue.domain.uniquecode.UniqueCode;

public class RenameDeviceService implements RenameDeviceUseCase {
    private final CodeSessionGuard guard;
    private final UniqueCodeRepository codes;
    private final AuditedTransactions audited;

    public RenameDeviceService(CodeSessionGuard guard, UniqueCodeRepository codes, AuditedTransactions audited) {
        this.guard = guard;
        this.codes = codes;
        this.audited = audited;
    }

    @Override
    public DeviceName rename(CodeSession session, DeviceName name) {
        return audited.success(now -> session.audit(AuditAction.DEVICE_RENAMED, now), event -> {
            UniqueCode code = guard.requireValidForUpdate(session, event.now()).code();
            if (code.renameDevice(session.deviceId(), name, event.now())) {
                codes.update(code);
                event.note("device=" + session.deviceId().value() + " name=" + name.value());
            } else {
                event.drop();
            }
            return name;
        });
    }
}
