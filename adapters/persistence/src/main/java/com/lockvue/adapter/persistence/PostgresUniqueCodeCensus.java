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
    /** One pass; the order of UniqueCode#statusAt: deleted, expired, suspended, exhausted, scheduled or active. */
    private static final String COUNT = """
            SELECT count(*) FILTER (WHERE live AND suspended_at IS NULL AND NOT used_up AND starts_at > :now),
                   count(*) FILTER (WHERE live AND suspended_at IS NULL AND NOT used_up AND starts_at <= :now),
                   count(*) FILTER (WHERE live AND suspended_at IS NOT NULL),
                   count(*) FILTER (WHERE live AND suspended_at IS NULL AND used_up),
                   count(*) FILTER (WHERE deleted_at IS NULL AND NOT live),
                   count(*) FILTER (WHERE deleted_at IS NOT NULL)
            FROM (SELECT deleted_at, suspended_at, starts_at,
                         deleted_at IS NULL AND effective_expires_at > :now AS live,
                         coalesce(unlocks_used >= max_unlocks, false) AS used_up
                  FROM unique_codes) codes
            """;

    @Override
    public Counts count(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery(COUNT)
                    .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).getSingleResult();
            return new Counts(count(row[0]), count(row[1]), count(row[2]), count(row[3]), count(row[4]), count(row[5]));
        });
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
