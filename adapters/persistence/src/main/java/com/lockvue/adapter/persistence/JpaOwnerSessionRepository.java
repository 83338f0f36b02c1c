package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.OwnerSessionRepository;
import com.lockvue.domain.account.OwnerSession;
import com.lockvue.domain.account.OwnerSessionId;
import com.lockvue.domain.account.UserId;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

@ApplicationScoped
public class JpaOwnerSessionRepository implements OwnerSessionRepository {
    /** Sessions over for this long are deleted (the audit trail keeps the logins); nothing reads them. */
    static final Duration RETENTION = Duration.ofDays(7);
    /** About one new session in this many also sweeps old ones. */
    private static final int SWEEP_EVERY = 200;
    private final AtomicLong added = new AtomicLong();

    @Override
    public void add(OwnerSession session) {
        if (added.incrementAndGet() % SWEEP_EVERY == 0) {
            Panache.getEntityManager().createQuery("delete from OwnerSessionEntity where expiresAt < :cutoff")
                    .setParameter("cutoff", session.startedAt().minus(RETENTION)).executeUpdate();
        }
        OwnerSessionEntity e = new OwnerSessionEntity();
        e.id = session.id().value();
        e.userId = session.userId().value();
        e.startedAt = session.startedAt();
        e.expiresAt = session.expiresAt();
        e.endedAt = session.endedAt().orElse(null);
        e.persist();
    }

    @Override
    public Optional<OwnerSession> findById(OwnerSessionId id) {
        return OwnerSessionEntity.<OwnerSessionEntity>findByIdOptional(id.value()).map(e -> new OwnerSession(
                new OwnerSessionId(e.id), new UserId(e.userId), e.startedAt, e.expiresAt, e.endedAt));
    }

    @Override
    public void update(OwnerSession session) {
        OwnerSessionEntity e = OwnerSessionEntity.findById(session.id().value());
        e.endedAt = session.endedAt().orElse(null);
    }

    @Override
    public int endAll(UserId user, Instant now) {
        return Panache.getEntityManager()
                .createQuery("update OwnerSessionEntity set endedAt = :now where userId = :user and endedAt is null")
                .setParameter("now", now).setParameter("user", user.value()).executeUpdate();
    }
}
