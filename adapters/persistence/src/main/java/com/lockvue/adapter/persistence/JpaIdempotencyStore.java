package com.lockvue.adapter.persistence;

import com.lockvue.application.port.in.IdempotentRequestUseCase.IdempotencyKey;
import com.lockvue.application.port.out.IdempotencyStore;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Idempotency keys in PostgreSQL, shared by every instance. A claim is one insert that does nothing on a conflict;
 * only when the key is there already is the row read (and locked, so that two repeats cannot both take over an
 * abandoned claim). Expired rows are swept as claims come in.
 */
@ApplicationScoped
public class JpaIdempotencyStore implements IdempotencyStore {
    /** About one claim in this many also sweeps expired entries. */
    private static final int SWEEP_EVERY = 500;

    private static final String CLAIM = """
            INSERT INTO idempotency_keys (key_hash, fingerprint, claim_id, lease_until, created_at, expires_at)
            VALUES (:key, :fingerprint, :claim, :leaseUntil, :now, :expiresAt)
            ON CONFLICT (key_hash) DO NOTHING
            """;
    private static final String READ = """
            SELECT fingerprint, answer, lease_until, expires_at FROM idempotency_keys WHERE key_hash = :key FOR UPDATE
            """;
    private static final String RECLAIM = """
            UPDATE idempotency_keys SET fingerprint = :fingerprint, claim_id = :claim, lease_until = :leaseUntil,
              answer = NULL, created_at = CASE WHEN expires_at <= :now THEN :now ELSE created_at END,
              expires_at = CASE WHEN expires_at <= :now THEN :expiresAt ELSE expires_at END
            WHERE key_hash = :key
            """;

    private final IdempotencySecrets secrets;
    private final AtomicLong claims = new AtomicLong();

    @Inject
    public JpaIdempotencyStore(IdempotencySecrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public Claim claim(IdempotencyKey key, byte[] requestDigest, Instant now, Duration lease, Duration retention) {
        if (claims.incrementAndGet() % SWEEP_EVERY == 0) {
            sweepExpired(now);
        }
        byte[] rowId = secrets.lookup(key);
        byte[] fingerprint = secrets.fingerprint(key, requestDigest);
        UUID claimId = UUID.randomUUID();
        EntityManager em = Panache.getEntityManager();
        int inserted = em.createNativeQuery(CLAIM).setParameter("key", rowId).setParameter("fingerprint", fingerprint)
                .setParameter("claim", claimId).setParameter("leaseUntil", SqlValues.at(now.plus(lease)))
                .setParameter("now", SqlValues.at(now)).setParameter("expiresAt", SqlValues.at(now.plus(retention)))
                .executeUpdate();
        if (inserted == 1) {
            return new Claimed(claimId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(READ).setParameter("key", rowId).getResultList();
        if (rows.isEmpty()) {
            // Released between our insert and our read: the key is free, and ours if we try again.
            return claim(key, requestDigest, now, lease, retention);
        }
        Object[] row = rows.get(0);
        boolean expired = !SqlValues.instant(row[3]).isAfter(now);
        if (!expired) {
            if (!MessageDigest.isEqual((byte[]) row[0], fingerprint)) {
                return new OtherRequest();
            }
            if (row[1] != null) {
                return new Done(secrets.open(key, (byte[]) row[1], rowId));
            }
            if (SqlValues.instant(row[2]).isAfter(now)) {
                return new Running();
            }
        }
        em.createNativeQuery(RECLAIM).setParameter("key", rowId).setParameter("fingerprint", fingerprint)
                .setParameter("claim", claimId).setParameter("leaseUntil", SqlValues.at(now.plus(lease)))
                .setParameter("now", SqlValues.at(now)).setParameter("expiresAt", SqlValues.at(now.plus(retention)))
                .executeUpdate();
        return new Claimed(claimId);
    }

    @Override
    public boolean complete(IdempotencyKey key, UUID claimId, byte[] answer) {
        byte[] rowId = secrets.lookup(key);
        return Panache.getEntityManager().createNativeQuery(
                        "UPDATE idempotency_keys SET answer = :answer WHERE key_hash = :key AND claim_id = :claim"
                                + " AND answer IS NULL")
                .setParameter("answer", secrets.seal(key, answer, rowId)).setParameter("key", rowId)
                .setParameter("claim", claimId).executeUpdate() == 1;
    }

    @Override
    public void release(IdempotencyKey key, UUID claimId) {
        Panache.getEntityManager().createNativeQuery(
                        "DELETE FROM idempotency_keys WHERE key_hash = :key AND claim_id = :claim AND answer IS NULL")
                .setParameter("key", secrets.lookup(key)).setParameter("claim", claimId).executeUpdate();
    }

    /** In a transaction of its own, so that a slow sweep never holds up, or fails, the request that triggered it. */
    public int sweepExpired(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createNativeQuery("DELETE FROM idempotency_keys WHERE expires_at < :now")
                .setParameter("now", SqlValues.at(now)).executeUpdate());
    }
}
