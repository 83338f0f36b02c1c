package com.lockvue.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
    static final Instant T = Instant.parse("2026-03-10T09:00:00Z");

    @Test
    void thePublishedScheduleTriesEightTimesOverTwentySevenAndAHalfHours() {
        RetrySchedule schedule = RetrySchedule.PUBLISHED;
        Instant at = T;
        List<Instant> attempts = new java.util.ArrayList<>(List.of(at));
        for (int made = 1; schedule.nextAttemptAt(made, at).isPresent(); made++) {
            at = schedule.nextAttemptAt(made, at).orElseThrow();
            attempts.add(at);
        }
        assertThat(attempts).hasSize(8);
        assertThat(Duration.between(attempts.get(0), attempts.get(1))).isEqualTo(Duration.ofSeconds(5));
        assertThat(Duration.between(attempts.get(6), attempts.get(7))).isEqualTo(Duration.ofHours(10));
        assertThat(Duration.between(T, attempts.get(7))).isEqualTo(Duration.parse("PT27H35M5S"));
    }

    @Test
    void afterTheLastAttemptThereIsNoOther() {
        RetrySchedule schedule = new RetrySchedule(List.of(Duration.ZERO, Duration.ofSeconds(1)));
        assertThat(schedule.nextAttemptAt(1, T)).contains(T.plusSeconds(1));
        assertThat(schedule.nextAttemptAt(2, T)).isEmpty();
    }

    @Test
    void aScheduleStartsImmediatelyAndHasNoNegativeDelay() {
        assertThatThrownBy(() -> new RetrySchedule(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(List.of(Duration.ZERO, Duration.ofSeconds(-1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(List.of(Duration.ofSeconds(5))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
