package com.lockvue.adapter.persistence;

import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.application.port.out.query.UniqueCodeQueries;
import com.lockvue.application.view.UniqueCodeView;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import com.lockvue.domain.uniquecode.UniqueCodeStatus;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The owner's lists of codes: the only place a stored code is decrypted, to be shown to its owner again. */
@ApplicationScoped
public class JpaUniqueCodeQueries implements UniqueCodeQueries {
    private final CodeSecrets secrets;
    private final JpaPermissionQueries permissions;

    @Inject
    public JpaUniqueCodeQueries(CodeSecrets secrets, JpaPermissionQueries permissions) {
        this.secrets = secrets;
        this.permissions = permissions;
    }

    @Override
    public Page<UniqueCodeView> list(AccountId owner, UniqueCodeStatus status, Instant now, PageRequest page) {
        StringBuilder where = new StringBuilder("accountId = :owner and deletedAt is null and ");
        where.append(status == UniqueCodeStatus.EXPIRED ? "expiresAt <= :now" : "expiresAt > :now");
        Parameters params = Parameters.with("owner", owner.value()).and("now", now);
        if (page.cursor() != null) {
            Cursor after = Cursor.decode(page.cursor());
            where.append(" and (createdAt < :afterTime or (createdAt = :afterTime and id < :afterId))");
            params.and("afterTime", Cursor.instantKey(after)).and("afterId", after.id());
        }
        List<UniqueCodeEntity> rows = UniqueCodeEntity.<UniqueCodeEntity>find(
                where + " order by createdAt desc, id desc", params).range(0, page.limit()).list();
        Map<UniqueCodeId, Long> counts = rows.isEmpty() ? Map.of()
                : permissions.countLocks(rows.stream().map(e -> new UniqueCodeId(e.id)).toList());
        return Pages.of(rows, page.limit(), e -> view(e, now, counts),
                e -> new Cursor(e.createdAt.toString(), e.id));
    }

    @Override
    public Optional<UniqueCodeView> find(AccountId owner, UniqueCodeId id, Instant now) {
        return UniqueCodeEntity.<UniqueCodeEntity>find("id = ?1 and accountId = ?2 and deletedAt is null", id.value(),
                owner.value()).firstResultOptional().map(e -> view(e, now, permissions.countLocks(List.of(id))));
    }

    private UniqueCodeView view(UniqueCodeEntity e, Instant now, Map<UniqueCodeId, Long> counts) {
        UniqueCode code = JpaUniqueCodeRepository.toDomain(e);
        return new UniqueCodeView(code, secrets.decrypt(e.codeCiphertext, code.id()), code.statusAt(now),
                counts.getOrDefault(code.id(), 0L));
    }
}
