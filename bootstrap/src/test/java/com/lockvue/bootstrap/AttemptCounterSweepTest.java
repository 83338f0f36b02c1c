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

    private static Object unwrap(Object bean) {
        return bean instanceof io.quarkus.arc.ClientProxy proxy ? proxy.arc_contextualInstance() : bean;
    }
}
