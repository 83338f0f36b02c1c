package com.lockvue.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.lockvue.application.port.out.AttemptLimiter.Decision;
import com.lockvue.domain.account.Account;
import com.lockvue.domain.uniquecode.DeviceId;
import com.lockvue.domain.uniquecode.UniqueCode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The fakes are test code too: these pin the behaviour the service tests rely on. */
class FakesTest {
    final FakeWorld world = new FakeWorld();

    @Test
    void failedTransactionPutsEveryStoreBack() {
        Account account = world.account();
        Throwable thrown = catchThrowable(() -> world.tx.inTransaction(() -> {
            world.lock(account, "Door");
            world.limiter.register("k", 1, Duration.ofMinutes(1), FakeWorld.START);
            throw new IllegalStateException("boom");
        }));
        assertThat(thrown).hasMessage("boom");
        assertThat(world.locks.size()).isZero();
        assertThat(world.limiter.attempts("k")).isZero();
        assertThat(world.accounts.size()).isEqualTo(1);
        assertThat(world.tx.rollbacks()).isEqualTo(1);
        assertThat(world.tx.commits()).isZero();
    }

    @Test
    void repositoriesHandOutCopiesSoOnlyUpdateChangesWhatIsStored() {
        Account account = world.account();
        UniqueCode code = world.code(account, "ABCD-EFGH-JKMN", Duration.ofDays(1));
        UniqueCode loaded = world.codes.findById(account.id(), code.id()).orElseThrow();
        loaded.admitDevice(new DeviceId("phone-0001"), FakeWorld.START);
        assertThat(world.codes.stored(code.id()).orElseThrow().boundDevice()).isEmpty();
        world.codes.update(loaded);
        assertThat(world.codes.stored(code.id()).orElseThrow().boundDevice()).isPresent();
    }

    @Test
    void limiterAllowsUpToTheLimitPerFixedWindowAndSaysWhenTheWindowEnds() {
        InMemoryAttemptLimiter limiter = new InMemoryAttemptLimiter();
        Instant t0 = FakeWorld.START;
        Duration window = Duration.ofMinutes(10);
        assertThat(limiter.register("k", 2, window, t0).allowed()).isTrue();
        assertThat(limiter.register("k", 2, window, t0.plusSeconds(60)).allowed()).isTrue();
        Decision third = limiter.register("k", 2, window, t0.plusSeconds(120));
        assertThat(third.allowed()).isFalse();
        assertThat(third.retryAfter()).isEqualTo(Duration.ofMinutes(8));
        assertThat(limiter.register("other", 2, window, t0.plusSeconds(120)).allowed()).isTrue();
        assertThat(limiter.register("k", 2, window, t0.plus(window)).allowed()).isTrue();
    }
}
