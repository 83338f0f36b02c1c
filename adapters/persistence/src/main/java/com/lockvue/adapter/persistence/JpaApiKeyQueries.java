package com.lockvue.adapter.persistence;

import com.lockvue.application.page.Page;
import com.lockvue.application.page.PageRequest;
import com.lockvue.application.port.out.query.ApiKeyQueries;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.apikey.ApiKey;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class JpaApiKeyQueries implements ApiKeyQueries {

    @Override
    public Page<ApiKey> list(AccountId owner, PageRequest page) {
        StringBuilder jpql = new StringBuilder("from ApiKeyEntity k where k.accountId = :owner and k.revokedAt is null");
        Cursor after = page.cursor() == null ? null : Cursor.decode(page.cursor());
        if (after != null) {
            jpql.append(" and (k.createdAt < :afterTime or (k.createdAt = :afterTime and k.id < :afterId))");
        }
        jpql.append(" order by k.createdAt desc, k.id desc");
        var query = Panache.getEntityManager().createQuery(jpql.toString(), ApiKeyEntity.class)
                .setParameter("owner", owner.value()).setMaxResults(page.limit() + 1);
        if (after != null) {
            query.setParameter("afterTime", Cursor.instantKey(after)).setParameter("afterId", after.id());
        }
        return Pages.of(query.getResultList(), page.limit(), JpaApiKeyRepository::toDomain,
                e -> new Cursor(e.createdAt.toString(), e.id));
    }

}
