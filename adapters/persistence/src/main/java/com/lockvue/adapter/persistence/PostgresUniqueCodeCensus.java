package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.UniqueCodeCensus;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One pass over unique_codes; callers are expected to cache the answer (it reads the whole table). */
@ApplicationScoped
public class PostgresUniqueCodeCensus implements UniqueCodeCensus {
    private static final String COUNT = """
            SELECT count(*) FILTER (WHERE deleted_at IS NULL AND expires_at > :now),
                   count(*) FILTER (WHERE deleted_at IS NULL AND expires_at <= :now),
                   count(*) FILTER (WHERE deleted_at IS NOT NULL)
            FROM unique_codes
            """;

    @Override
    public Counts count(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery(COUNT)
                    .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).getSingleResult();
            return new Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue());
        });
    }
}
