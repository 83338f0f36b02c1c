package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.CodeExpiries;
import com.lockvue.domain.uniquecode.UniqueCode;
import com.lockvue.domain.uniquecode.UniqueCodeId;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Codes past their effective expiry (the set one, or the minutes after the first unlock if sooner), one at a time. */
@ApplicationScoped
public class JpaCodeExpiries implements CodeExpiries {

    @Override
    @SuppressWarnings("unchecked")
    public Optional<UniqueCode> claimExpiredUnannounced(Instant now) {
        List<Object> ids = Panache.getEntityManager().createNativeQuery("""
                SELECT id FROM unique_codes
                WHERE deleted_at IS NULL AND expiry_announced_at IS NULL AND effective_expires_at <= :now
                ORDER BY effective_expires_at
                LIMIT 1
                FOR UPDATE SKIP LOCKED
                """).setParameter("now", SqlValues.at(now)).getResultList();
        return ids.stream().findFirst().map(id -> UniqueCodeEntity.<UniqueCodeEntity>findById(SqlValues.uuid(id)))
                .map(UniqueCodeRows::toDomain);
    }

    @Override
    public void markAnnounced(UniqueCodeId code, Instant at) {
        Panache.getEntityManager().createNativeQuery("UPDATE unique_codes SET expiry_announced_at = :at WHERE id = :id")
                .setParameter("at", SqlValues.at(at)).setParameter("id", code.value()).executeUpdate();
    }
}
