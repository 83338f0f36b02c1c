package com.lockvue.application.service;

import com.lockvue.application.port.in.AccountAdmin;
import com.lockvue.application.port.in.FindUniqueCodesQuery;
import com.lockvue.application.port.out.PermissionRepository;
import com.lockvue.application.port.out.TransactionRunner;
import com.lockvue.application.port.out.UniqueCodeRepository;
import com.lockvue.application.view.UniqueCodeView;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.failure.NotFound;
import com.lockvue.domain.page.Page;
import com.lockvue.domain.page.PageRequest;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

public class UniqueCodeQueryService implements FindUniqueCodesQuery {
    private final UniqueCodeRepository codes;
    private final PermissionRepository permissions;
    private final TransactionRunner tx;
    private final Clock clock;

    public UniqueCodeQueryService(UniqueCodeRepository codes, PermissionRepository permissions, TransactionRunner tx,
            Clock clock) {
        this.codes = codes;
        this.permissions = permissions;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public Page<UniqueCodeView> list(AccountAdmin admin, UniqueCodeStatus status, PageRequest page) {
        UniqueCodeStatus wanted = status == null ? UniqueCodeStatus.ACTIVE : status;
        if (wanted == UniqueCodeStatus.DELETED) {
            throw InvalidInput.of("/status", "must be ACTIVE or EXPIRED");
        }
        return tx.inTransaction(() -> {
            Instant now = clock.instant();
            Page<UniqueCode> found = codes.list(admin.accountId(), wanted, now, page);
            List<UniqueCodeId> ids = found.items().stream().map(UniqueCode::id).toList();
            Map<UniqueCodeId, Long> counts = ids.isEmpty() ? Map.of() : permissions.countLocks(ids);
            return found.map(code -> new UniqueCodeView(code, code.statusAt(now), counts.getOrDefault(code.id(), 0L)));
        });
    }

    @Override
    public UniqueCodeView get(AccountAdmin admin, UniqueCodeId id) {
        return tx.inTransaction(() -> view(permissions, codes.findById(admin.accountId(), id)
                .orElseThrow(() -> notFound(id)), clock.instant()));
    }

    static NotFound notFound(UniqueCodeId id) {
        return new NotFound(FailureCode.UNIQUE_CODE_NOT_FOUND, "No Unique Code " + id + " on this account");
    }

    static UniqueCodeView view(PermissionRepository permissions, UniqueCode code,
            Instant now) {
        long shared = permissions.countLocks(List.of(code.id())).getOrDefault(code.id(), 0L);
        return new UniqueCodeView(code, code.statusAt(now), shared);
    }
}
