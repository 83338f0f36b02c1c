package com.lockvue.application.fakes;

import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.application.port.out.query.UniqueCodeQueries;
import com.lockvue.application.view.UniqueCodeView;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The owner's read model of codes, over the fake stores of codes and permissions. */
public final class InMemoryUniqueCodeQueries implements UniqueCodeQueries {
    private final InMemoryUniqueCodeRepository codes;
    private final InMemoryPermissionRepository permissions;

    private final InMemoryAccountRepository accounts;

    public InMemoryUniqueCodeQueries(InMemoryUniqueCodeRepository codes, InMemoryPermissionRepository permissions,
            InMemoryAccountRepository accounts) {
        this.codes = codes;
        this.permissions = permissions;
        this.accounts = accounts;
    }

    @Override
    public Page<UniqueCodeView> list(AccountId owner, UniqueCodeStatus status, Instant now, PageRequest page) {
        List<UniqueCodeView> found = codes.all().stream()
                .filter(c -> c.accountId().equals(owner) && c.statusAt(now) == status)
                .sorted(Comparator.comparing(UniqueCode::createdAt).reversed())
                .map(c -> view(c, now))
                .toList();
        return Paging.slice(found, page);
    }

    @Override
    public Optional<UniqueCodeView> find(AccountId owner, UniqueCodeId id, Instant now) {
        return codes.findById(owner, id).map(c -> view(c, now));
    }

    private UniqueCodeView view(UniqueCode code, Instant now) {
        long shared = permissions.countLocks(List.of(code.id())).getOrDefault(code.id(), 0L);
        java.time.ZoneId zone = accounts.findById(code.accountId()).orElseThrow().settings().timeZone();
        return UniqueCodeView.of(code, codes.valueOf(code.id()), now, zone, shared);
    }
}
