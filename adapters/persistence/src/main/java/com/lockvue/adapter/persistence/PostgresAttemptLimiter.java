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
 * attempt, in plain SQL ({@link Jdbc}): it starts a new window when the old one has passed, otherwise adds one.
 */
@ApplicationScoped
public class PostgresAttemptLimiter implements AttemptLimiter {

    /** Starts a new window when the old one has passed ({@code ?} = where it would have to start), else adds one. */
    private static final String COUNTING = """
            ON CONFLICT (bucket_key) DO UPDATE SET
              window_start = CASE WHEN a.window_start <= ?::timestamptz THEN excluded.window_start
                                  ELSE a.window_start END,
              attempts     = CASE WHEN a.window_start <= ?::timestamptz THEN 1 ELSE a.attempts + 1 END
            RETURNING window_start, attempts""";
    private static final String COUNT_ATTEMPT = "INSERT INTO attempt_counters AS a (bucket_key, window_start, attempts)"
            + " VALUES (?, ?, 1) " + COUNTING;
    /** Both counts in one statement: the second key's only if the first is within its limit. */
    private static final String COUNT_BOTH = "WITH first AS (" + COUNT_ATTEMPT + "), second AS ("
            + "INSERT INTO attempt_counters AS a (bucket_key, window_start, attempts)"
            + " SELECT ?, ?::timestamptz, 1 FROM first WHERE first.attempts <= ? " + COUNTING + ")"
            + " SELECT first.window_start, first.attempts, second.window_start, second.attempts"
            + " FROM first LEFT JOIN second ON true";
    private static final String FORGIVE_ATTEMPT = """
            UPDATE attempt_counters SET attempts = attempts - 1
            WHERE bucket_key = ? AND attempts > 0 AND window_start > ?
            """;
    /** The column's width; longer keys are shortened by hashing, never by cutting (cut keys could collide). */
    static final int KEY_MAX = 200;

    /** Counters idle this long are gone; longer than any window, so no live count is ever lost. */
    static final Duration RETENTION = Duration.ofDays(1);
    /** About one attempt in this many also sweeps idle counters, so keys that attackers rotate cannot pile up. */
    private static final int SWEEP_EVERY = 500;

    private final Jdbc jdbc;

    @jakarta.inject.Inject
    public PostgresAttemptLimiter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    private final java.util.concurrent.atomic.AtomicLong attempts = new java.util.concurrent.atomic.AtomicLong();

    @Override
    public Decision register(String key, int limit, Duration window, Instant now) {
        sweepNowAndThen(now);
        Instant windowOver = now.minus(window);
        Counter counter = jdbc.first(COUNT_ATTEMPT, p -> p.text(stored(key)).at(now).at(windowOver).at(windowOver),
                r -> new Counter(Jdbc.instant(r, 1), r.getInt(2))).orElseThrow();
        return decide(counter, limit, window, now);
    }

    @Override
    public Decision[] registerBoth(String first, int firstLimit, String second, int secondLimit, Duration window,
            Instant now) {
        if (stored(first).equals(stored(second))) {
            return AttemptLimiter.super.registerBoth(first, firstLimit, second, secondLimit, window, now);
        }
        sweepNowAndThen(now);
        Instant windowOver = now.minus(window);
        Counter[] counters = jdbc.first(COUNT_BOTH, p -> p.text(stored(first)).at(now).at(windowOver).at(windowOver)
                .text(stored(second)).at(now).integer(firstLimit).at(windowOver).at(windowOver),
                r -> new Counter[] {new Counter(Jdbc.instant(r, 1), r.getInt(2)),
                        r.getObject(3) == null ? null : new Counter(Jdbc.instant(r, 3), r.getInt(4))}).orElseThrow();
        return new Decision[] {decide(counters[0], firstLimit, window, now),
                counters[1] == null ? Decision.allow() : decide(counters[1], secondLimit, window, now)};
    }

    private void sweepNowAndThen(Instant now) {
        if (attempts.incrementAndGet() % SWEEP_EVERY == 0) {
            sweepIdleCounters(now);
        }
    }

    private static Decision decide(Counter counter, int limit, Duration window, Instant now) {
        int attempts = counter.attempts();
        Duration left = Duration.between(now, counter.windowStart().plus(window));
        Decision.Count count = new Decision.Count(limit, window, attempts, left);
        if (attempts <= limit) {
            return new Decision(true, Duration.ZERO, false, count);
        }
        return new Decision(false, left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left,
                attempts == limit + 1, count);
    }

    @Override
    public void forgive(String key, Duration window, Instant now) {
        jdbc.update(FORGIVE_ATTEMPT, p -> p.text(stored(key)).at(now.minus(window)));
    }

    @Override
    public java.util.Optional<Instant> blockedUntil(String key, int limit, Duration window, Instant now) {
        return jdbc.first("SELECT window_start FROM attempt_counters WHERE bucket_key = ? AND window_start > ?"
                + " AND attempts >= ?", p -> p.text(stored(key)).at(now.minus(window)).integer(limit),
                r -> Jdbc.instant(r, 1).plus(window));
    }

    private record Counter(Instant windowStart, int attempts) {
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
