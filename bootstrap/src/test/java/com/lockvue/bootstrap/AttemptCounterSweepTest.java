package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.lockvue.application.port.out.AttemptLimiter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rate-limit counters in PostgreSQL: a fixed window per key, and idle keys swept away. */
@QuarkusTest
class AttemptCounterSweepTest {
    @Inject
    AttemptLimiter limiter;

    @Inject
    EntityManager db;

    /** Each attempt commits on its own, as a login's transaction does. */
    private AttemptLimiter.Decision attempt(String key, Instant at) {
        return QuarkusTransaction.requiringNew().call(() -> limiter.register(key, 2, Duration.ofMinutes(10), at));
    }

    @Test
    void aKeyIsLimitedWithinItsWindowAndFreshInTheNextAndIdleKeysAreSweptAfterADay() {
        String key = "test:" + UUID.randomUUID();
        Instant start = Instant.parse("2030-01-01T00:00:00Z");
        assertThat(attempt(key, start).allowed()).isTrue();
        assertThat(attempt(key, start.plusSeconds(1)).allowed()).isTrue();
        AttemptLimiter.Decision third = attempt(key, start.plusSeconds(60));
        assertThat(third.allowed()).isFalse();
        assertThat(third.retryAfter()).isEqualTo(Duration.ofMinutes(9));
        assertThat(attempt(key, start.plus(Duration.ofMinutes(10))).allowed()).isTrue();

        int swept = ((com.lockvue.adapter.persistence.PostgresAttemptLimiter) unwrap(limiter))
                .sweepIdleCounters(start.plus(Duration.ofDays(2)));
        assertThat(swept).isGreaterThanOrEqualTo(1);
        assertThat(db.createNativeQuery("select count(*) from attempt_counters where bucket_key = ?1")
                .setParameter(1, key).getSingleResult()).isEqualTo(0L);
    }

    /** Both counts in one statement: the second only while the first is within its limit, each in its own window. */
    @Test
    void registerBothCountsTheSecondKeyOnlyWhileTheFirstIsAllowed() {
        String session = "test:session:" + UUID.randomUUID();
        String lock = "test:lock:" + UUID.randomUUID();
        Instant start = Instant.parse("2030-01-01T00:00:00Z");
        Duration window = Duration.ofMinutes(10);
        AttemptLimiter.Decision[] first = both(session, lock, start, window);
        assertThat(first[0].allowed()).isTrue();
        assertThat(first[0].count().attempts()).isEqualTo(1);
        assertThat(first[1].count().attempts()).isEqualTo(1);
        both(session, lock, start.plusSeconds(1), window);
        AttemptLimiter.Decision[] third = both(session, lock, start.plusSeconds(2), window);
        assertThat(third[0].allowed()).isFalse();
        assertThat(third[0].firstRefusal()).isTrue();
        assertThat(third[1]).isEqualTo(AttemptLimiter.Decision.allow()); // not counted
        assertThat(counted(lock)).isEqualTo(2);
        // The lock's limit (3) refuses a fourth attempt from another session; a new window counts afresh.
        String other = "test:session:" + UUID.randomUUID();
        assertThat(both(other, lock, start.plusSeconds(3), window)[1].allowed()).isTrue();
        AttemptLimiter.Decision[] fourth = both(other, lock, start.plusSeconds(4), window);
        assertThat(fourth[0].allowed()).isTrue();
        assertThat(fourth[1].allowed()).isFalse();
        assertThat(fourth[1].retryAfter()).isEqualTo(window.minusSeconds(4));
        AttemptLimiter.Decision[] later = both(session, lock, start.plus(window), window);
        assertThat(later[0].count().attempts()).isEqualTo(1);
        assertThat(later[1].count().attempts()).isEqualTo(1);
    }

    private AttemptLimiter.Decision[] both(String first, String second, Instant at, Duration window) {
        return QuarkusTransaction.requiringNew().call(() -> limiter.registerBoth(first, 2, second, 3, window, at));
    }

    private long counted(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) db.createNativeQuery(
                "select attempts from attempt_counters where bucket_key = ?1").setParameter(1, key).getSingleResult())
                .longValue());
    }

    private static Object unwrap(Object bean) {
        return bean instanceof io.quarkus.arc.ClientProxy proxy ? proxy.arc_contextualInstance() : bean;
    }
}
