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
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The owner's lists of codes: the only place a stored code is decrypted, to be shown to its owner again. */
@ApplicationScoped
public class JpaUniqueCodeQueries implements UniqueCodeQueries {
    /** Each status as UniqueCode#statusAt derives it, in the same order of precedence. */
    private static final Map<UniqueCodeStatus, String> STATUS = Map.of(
            UniqueCodeStatus.EXPIRED, "effectiveExpiresAt <= :now",
            UniqueCodeStatus.SUSPENDED, "effectiveExpiresAt > :now and suspendedAt is not null",
            UniqueCodeStatus.EXHAUSTED, "effectiveExpiresAt > :now and suspendedAt is null"
                    + " and maxUnlocks is not null and unlocksUsed >= maxUnlocks",
            UniqueCodeStatus.SCHEDULED, "effectiveExpiresAt > :now and suspendedAt is null"
                    + " and (maxUnlocks is null or unlocksUsed < maxUnlocks) and startsAt > :now",
            UniqueCodeStatus.ACTIVE, "effectiveExpiresAt > :now and suspendedAt is null"
                    + " and (maxUnlocks is null or unlocksUsed < maxUnlocks) and startsAt <= :now");

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
        where.append(STATUS.get(status));
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
        ZoneId zone = zoneOf(owner);
        return Pages.of(rows, page.limit(), e -> view(e, now, zone, counts),
                e -> new Cursor(e.createdAt.toString(), e.id));
    }

    @Override
    public Optional<UniqueCodeView> find(AccountId owner, UniqueCodeId id, Instant now) {
        return UniqueCodeEntity.<UniqueCodeEntity>find("id = ?1 and accountId = ?2 and deletedAt is null", id.value(),
                owner.value()).firstResultOptional()
                .map(e -> view(e, now, zoneOf(owner), permissions.countLocks(List.of(id))));
    }

    private UniqueCodeView view(UniqueCodeEntity e, Instant now, ZoneId zone, Map<UniqueCodeId, Long> counts) {
        UniqueCode code = UniqueCodeRows.toDomain(e);
        return UniqueCodeView.of(code, secrets.decrypt(e.codeCiphertext, code.id()), now, zone,
                counts.getOrDefault(code.id(), 0L));
    }

    /** The account's zone, in which weekly windows open and close. */
    private static ZoneId zoneOf(AccountId owner) {
        AccountEntity account = AccountEntity.findById(owner.value());
        return ZoneId.of(account.timeZone);
    }
}
