package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.KnownLoginClients;
import com.lockvue.domain.account.UserId;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

@ApplicationScoped
public class JpaKnownLoginClients implements KnownLoginClients {

    @Override
    public boolean isKnown(UserId user, String clientKey, Instant since) {
        return !Panache.getEntityManager().createNativeQuery("""
                        SELECT 1 FROM known_login_clients
                        WHERE user_id = :user AND client_key = :key AND last_success_at >= :since""")
                .setParameter("user", user.value()).setParameter("key", clientKey)
                .setParameter("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .getResultList().isEmpty();
    }

    @Override
    public void remember(UserId user, String clientKey, Instant now) {
        Panache.getEntityManager().createNativeQuery("""
                        INSERT INTO known_login_clients (user_id, client_key, last_success_at) VALUES (:user, :key, :now)
                        ON CONFLICT (user_id, client_key) DO UPDATE SET last_success_at = EXCLUDED.last_success_at""")
                .setParameter("user", user.value()).setParameter("key", clientKey)
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
    }
}
