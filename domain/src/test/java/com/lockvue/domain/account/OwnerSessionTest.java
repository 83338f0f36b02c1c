package com.lockvue.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotAuthenticated;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OwnerSessionTest {
    private static final Instant NOW = Instant.parse("2026-12-02T10:15:30.123456Z");
    private final UserId owner = UserId.random();

    @Test
    void lastsItsLifetimeRoundedDownToAWholeSecond() {
        OwnerSession session = OwnerSession.start(owner, NOW, Duration.ofHours(8));
        assertThat(session.expiresAt()).isEqualTo(Instant.parse("2026-12-02T18:15:30Z"));
        assertThatCode(() -> session.requireActive(owner, Instant.parse("2026-12-02T18:15:29.999999Z")))
                .doesNotThrowAnyException();
        assertEnded(session, owner, session.expiresAt());
    }

    @Test
    void endsOnceAndStaysEnded() {
        OwnerSession session = OwnerSession.start(owner, NOW, Duration.ofHours(8));
        assertThat(session.end(NOW.plusSeconds(1))).isTrue();
        assertThat(session.end(NOW.plusSeconds(2))).isFalse();
        assertThat(session.endedAt()).contains(NOW.plusSeconds(1));
        assertEnded(session, owner, NOW.plusSeconds(3));
    }

    @Test
    void belongsToItsOwnUserOnly() {
        OwnerSession session = OwnerSession.start(owner, NOW, Duration.ofHours(8));
        assertEnded(session, UserId.random(), NOW);
    }

    private static void assertEnded(OwnerSession session, UserId user, Instant at) {
        NotAuthenticated ended = catchThrowableOfType(NotAuthenticated.class, () -> session.requireActive(user, at));
        assertThat(ended.code()).isEqualTo(FailureCode.SESSION_ENDED);
    }
}
