package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.lockvue.bootstrap.EmbeddedDatabaseSupervisor.State;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** When the supervisor starts the database again, when it gives up, and that it never acts once stopped. */
@Timeout(60)
class EmbeddedDatabaseSupervisorTest {
    private static final EmbeddedDatabaseSupervisor.Policy QUICK = new EmbeddedDatabaseSupervisor.Policy(
            Duration.ofMillis(20), 3, Duration.ofMillis(10), Duration.ofMillis(40));

    /** A database that dies on demand and whose restarts fail a given number of times first. */
    private static final class FakeDatabase implements EmbeddedDatabaseSupervisor.Supervised {
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicInteger failuresToCome = new AtomicInteger();
        final AtomicInteger restarts = new AtomicInteger();

        @Override
        public boolean isRunning() {
            return running.get();
        }

        @Override
        public void restart() throws Exception {
            restarts.incrementAndGet();
            if (failuresToCome.getAndDecrement() > 0) {
                throw new Exception("postgresql.conf has an error");
            }
            running.set(true);
        }
    }

    @Test
    void aDatabaseThatDiedIsStartedAgainEvenIfTheFirstAttemptsFail() {
        FakeDatabase database = new FakeDatabase();
        EmbeddedDatabaseSupervisor supervisor = EmbeddedDatabaseSupervisor.start(database, QUICK);
        try {
            database.failuresToCome.set(2);
            database.running.set(false);
            await(() -> database.running.get(), "restarted");
            assertThat(database.restarts.get()).isEqualTo(3);
            assertThat(supervisor.state()).isEqualTo(State.RUNNING);

            database.running.set(false);
            await(() -> database.running.get(), "restarted after a second death");
            assertThat(database.restarts.get()).isEqualTo(4);
        } finally {
            supervisor.stop();
        }
    }

    @Test
    void afterTheLastFailedAttemptItGivesUpAndTriesNoMore() throws InterruptedException {
        FakeDatabase database = new FakeDatabase();
        EmbeddedDatabaseSupervisor supervisor = EmbeddedDatabaseSupervisor.start(database, QUICK);
        try {
            database.failuresToCome.set(Integer.MAX_VALUE);
            database.running.set(false);
            await(() -> supervisor.state() == State.FAILED, "given up");
            assertThat(database.restarts.get()).isEqualTo(QUICK.attempts());
            Thread.sleep(200); // ten check intervals
            assertThat(database.restarts.get()).as("no attempt after giving up").isEqualTo(QUICK.attempts());
        } finally {
            supervisor.stop();
        }
    }

    @Test
    void onceStoppedItNeverStartsTheDatabaseAgain() throws InterruptedException {
        FakeDatabase database = new FakeDatabase();
        EmbeddedDatabaseSupervisor supervisor = EmbeddedDatabaseSupervisor.start(database, QUICK);
        supervisor.stop();
        database.running.set(false); // as when the server stops it at shutdown
        Thread.sleep(200);
        assertThat(database.restarts.get()).isZero();
    }

    @Test
    void stoppingDuringThePausesBetweenAttemptsEndsThemAtOnce() {
        FakeDatabase database = new FakeDatabase();
        EmbeddedDatabaseSupervisor.Policy slow = new EmbeddedDatabaseSupervisor.Policy(Duration.ofMillis(20), 5,
                Duration.ofMinutes(10), Duration.ofMinutes(10));
        EmbeddedDatabaseSupervisor supervisor = EmbeddedDatabaseSupervisor.start(database, slow);
        database.failuresToCome.set(Integer.MAX_VALUE);
        database.running.set(false);
        await(() -> database.restarts.get() == 1, "first attempt made");
        supervisor.stop(); // would hang for ten minutes if the pause were not cut short
        assertThat(database.restarts.get()).isEqualTo(1);
        assertThat(supervisor.state()).isEqualTo(State.RESTARTING);
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting until %s", what).isLessThan(deadline);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
