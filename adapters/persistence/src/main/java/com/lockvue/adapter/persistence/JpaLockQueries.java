package com.lockvue.adapter.persistence;

import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.application.port.out.query.LockQueries;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.lock.Lock;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

@ApplicationScoped
public class JpaLockQueries implements LockQueries {

    @Override
    public Page<Lock> search(AccountId owner, String search, PageRequest page) {
        StringBuilder where = new StringBuilder("accountId = :owner");
        Parameters params = Parameters.with("owner", owner.value());
        if (search != null) {
            where.append(" and (lower(name) like :term escape '\\' or serialNumber like :serialTerm escape '\\')");
            String escaped = search.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            params.and("term", "%" + escaped + "%").and("serialTerm", "%" + escaped.toUpperCase(Locale.ROOT) + "%");
        }
        if (page.cursor() != null) {
            Cursor after = Cursor.decode(page.cursor());
            where.append(" and (lower(name) > lower(:afterName) or (lower(name) = lower(:afterName) and id > :afterId))");
            params.and("afterName", after.key()).and("afterId", after.id());
        }
        List<LockEntity> rows = LockEntity.<LockEntity>find(where + " order by lower(name), id", params)
                .range(0, page.limit()).list();
        return Pages.of(rows, page.limit(), JpaLockRepository::toDomain,
                e -> new Cursor(e.name, e.id));
    }
}
