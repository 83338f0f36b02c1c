package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.SuspendUniqueCodeUseCase;
import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.application.port.out.query.UniqueCodeQueries;
import com.lockvue.application.view.UniqueCodeView;
import com.lockvue.domain.audit.AuditAction;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import java.util.function.BiPredicate;

public class SuspendUniqueCodeService implements SuspendUniqueCodeUseCase {
    private final UniqueCodeRepository codes;
    private final UniqueCodeQueries views;
    private final AuditedTransactions audited;

    public SuspendUniqueCodeService(UniqueCodeRepository codes, UniqueCodeQueries views, AuditedTransactions audited) {
        this.codes = codes;
        this.views = views;
        this.audited = audited;
    }

    @Override
    public UniqueCodeView suspend(AccountAdmin admin, UniqueCodeId id) {
        return change(admin, id, AuditAction.UNIQUE_CODE_SUSPENDED, (code, now) -> code.suspend(now));
    }

    @Override
    public UniqueCodeView resume(AccountAdmin admin, UniqueCodeId id) {
        return change(admin, id, AuditAction.UNIQUE_CODE_RESUMED, (code, now) -> code.resume());
    }

    private UniqueCodeView change(AccountAdmin admin, UniqueCodeId id, AuditAction action,
            BiPredicate<UniqueCode, java.time.Instant> act) {
        return audited.success(now -> admin.audit(action, now).uniqueCode(id), event -> {
            UniqueCode code = codes.findByIdForUpdate(admin.accountId(), id).orElseThrow(() -> NotFounds.uniqueCode(id));
            if (act.test(code, event.now())) {
                codes.update(code);
                event.facts().code(code);
            } else {
                event.drop(); // already so: nothing happened, nothing to record
            }
            return views.find(admin.accountId(), id, event.now()).orElseThrow(() -> NotFounds.uniqueCode(id));
        });
    }
}
