package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.AttemptLimiter;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Fixed-window counters in PostgreSQL, so every server instance sees the same counts. One atomic upsert per
 * attempt: it starts a new window when the old one has passed, otherwise adds one.
 */
@ApplicationScoped
public class PostgresAttemptLimiter implements AttemptLimiter {

    private static final String COUNT_ATTEMPT = """
            INSERT INTO attempt_counters (bucket_key, window_start, attempts) VALUES (:key, :now, 1)
            ON CONFLICT (bucket_key) DO UPDATE SET
              window_start = CASE WHEN attempt_counters.window_start <= :windowOver THEN :now
                                  ELSE attempt_counters.window_start END,
              attempts     = CASE WHEN attempt_counters.window_start <= :windowOver THEN 1
                                  ELSE attempt_counters.attempts + 1 END
            RETURNING window_start, attempts
            """;
    private static final String FORGIVE_ATTEMPT = """
            UPDATE attempt_counters SET attempts = attempts - 1
            WHERE bucket_key = :key AND attempts > 0 AND window_start > :windowOver
            """;
    /** The column's width; longer keys are shortened by hashing, never by cutting (cut keys could collide). */
    static final int KEY_MAX = 200;

    /** Counters idle this long are gone; longer than any window, so no live count is ever lost. */
    static final Duration RETENTION = Duration.ofDays(1);
    /** About one attempt in this many also sweeps idle counters, so keys that attackers rotate cannot pile up. */
    private static final int SWEEP_EVERY = 500;

    private final java.util.concurrent.atomic.AtomicLong attempts = new java.util.concurrent.atomic.AtomicLong();

    @Override
    public Decision register(String key, int limit, Duration window, Instant now) {
        if (attempts.incrementAndGet() % SWEEP_EVERY == 0) {
            sweepIdleCounters(now);
        }
        Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery(COUNT_ATTEMPT)
                .setParameter("key", stored(key))
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter("windowOver", OffsetDateTime.ofInstant(now.minus(window), ZoneOffset.UTC))
                .getSingleResult();
        Instant windowStart = SqlValues.instant(row[0]);
        int attempts = ((Number) row[1]).intValue();
        Duration left = Duration.between(now, windowStart.plus(window));
        Decision.Count count = new Decision.Count(limit, window, attempts, left);
        if (attempts <= limit) {
            return new Decision(true, Duration.ZERO, false, count);
        }
        return new Decision(false, left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left,
                attempts == limit + 1, count);
    }

    @Override
    public void forgive(String key, Duration window, Instant now) {
        Panache.getEntityManager().createNativeQuery(FORGIVE_ATTEMPT)
                .setParameter("key", stored(key))
                .setParameter("windowOver", OffsetDateTime.ofInstant(now.minus(window), ZoneOffset.UTC))
                .executeUpdate();
    }

    @Override
    public java.util.Optional<Instant> blockedUntil(String key, int limit, Duration window, Instant now) {
        java.util.List<?> rows = Panache.getEntityManager().createNativeQuery(
                        "SELECT window_start FROM attempt_counters WHERE bucket_key = :key AND window_start > :windowOver"
                                + " AND attempts >= :limit")
                .setParameter("key", stored(key))
                .setParameter("windowOver", OffsetDateTime.ofInstant(now.minus(window), ZoneOffset.UTC))
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().findFirst().map(start -> SqlValues.instant(start).plus(window));
    }

    static String stored(String key) {
        if (key.length() <= KEY_MAX) {
            return key;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return key.substring(0, KEY_MAX - 65) + "#" + java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** In a transaction of its own, so a slow sweep never holds up, or fails, the login that triggered it. */
    public int sweepIdleCounters(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createNativeQuery("DELETE FROM attempt_counters WHERE window_start < :cutoff")
                .setParameter("cutoff", OffsetDateTime.ofInstant(now.minus(RETENTION), ZoneOffset.UTC))
                .executeUpdate());
    }
}
