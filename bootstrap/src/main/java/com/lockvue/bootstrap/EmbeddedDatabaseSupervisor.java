package com.lockvue.bootstrap;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Keeps the embedded PostgreSQL running while the server runs: checks it at a fixed interval and, when it has died,
 * starts it again, a bounded number of times with growing pauses. Meanwhile requests fail with 503 (the REST
 * adapter's mapping of an unreachable database). When it cannot be brought back the supervisor gives up and
 * {@code /q/health/live} reports DOWN, so that whoever runs the server restarts it. {@link #stop} ends supervision
 * for good, before the server stops the database.
 */
final class EmbeddedDatabaseSupervisor {
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseSupervisor.class);
    /** Waiting for a start attempt under way (bounded by pg_ctl's own wait) before a shutdown goes on. */
    private static final Duration STOP_BOUND = Duration.ofSeconds(90);
    private static volatile EmbeddedDatabaseSupervisor installed;

    /** What is supervised: the embedded database. */
    interface Supervised {
        boolean isRunning();

        void restart() throws Exception;
    }

    enum State {
        RUNNING,
        /** It died; starting it again. */
        RESTARTING,
        /** Every attempt failed; nothing more is tried. */
        FAILED
    }

    /**
     * How often to look, how many start attempts to make once it has died, and the pauses between them (the first
     * attempt is at once, then {@code firstPause}, doubling up to {@code longestPause}).
     */
    record Policy(Duration checkInterval, int attempts, Duration firstPause, Duration longestPause) {
        Policy {
            if (checkInterval.isNegative() || checkInterval.isZero()) {
                throw new IllegalArgumentException("The check interval must be positive: " + checkInterval);
            }
            if (attempts < 1) {
                throw new IllegalArgumentException("At least one restart attempt: " + attempts);
            }
        }
    }

    private final Supervised database;
    private final Policy policy;
    private final ScheduledExecutorService checks;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile State state = State.RUNNING;

    private EmbeddedDatabaseSupervisor(Supervised database, Policy policy) {
        this.database = Objects.requireNonNull(database);
        this.policy = Objects.requireNonNull(policy);
        this.checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-postgres-supervisor");
            thread.setDaemon(true);
            return thread;
        });
    }

    static EmbeddedDatabaseSupervisor start(Supervised database, Policy policy) {
        EmbeddedDatabaseSupervisor supervisor = new EmbeddedDatabaseSupervisor(database, policy);
        long interval = policy.checkInterval().toMillis();
        supervisor.checks.scheduleWithFixedDelay(supervisor::check, interval, interval, TimeUnit.MILLISECONDS);
        return supervisor;
    }

    /** Makes this the supervisor whose state the liveness check reports. */
    void install() {
        installed = this;
    }

    /** The state of the installed supervisor; empty when the server uses no embedded database. */
    static Optional<State> installedState() {
        EmbeddedDatabaseSupervisor current = installed;
        return current == null ? Optional.empty() : Optional.of(current.state());
    }

    State state() {
        return state;
    }

    /** Ends supervision, waiting for a start attempt under way; no attempt begins after this returns. */
    void stop() {
        stopping.countDown();
        checks.shutdown();
        try {
            if (!checks.awaitTermination(STOP_BOUND.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warnf("The embedded PostgreSQL's supervisor did not stop within %s", STOP_BOUND);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void check() {
        try {
            if (isStopping() || database.isRunning()) {
                return;
            }
            state = State.RESTARTING;
            LOG.warn("The embedded PostgreSQL has stopped; starting it again");
            Duration pause = policy.firstPause();
            for (int attempt = 1; attempt <= policy.attempts(); attempt++) {
                if (attempt > 1) {
                    if (pauseUnlessStopping(pause)) {
                        return;
                    }
                    pause = min(pause.multipliedBy(2), policy.longestPause());
                }
                if (isStopping()) {
                    return;
                }
                if (tryRestart(attempt)) {
                    state = State.RUNNING;
                    LOG.infof("The embedded PostgreSQL is running again (attempt %d)", attempt);
                    return;
                }
            }
            state = State.FAILED;
            LOG.errorf("The embedded PostgreSQL could not be started again after %d attempts; giving up (liveness"
                    + " is now DOWN)", policy.attempts());
            checks.shutdown();
        } catch (RuntimeException e) {
            // An exception would end the scheduled checks silently.
            LOG.error("The embedded PostgreSQL's check failed", e);
        }
    }

    private boolean tryRestart(int attempt) {
        try {
            database.restart();
            return true;
        } catch (Exception e) {
            LOG.warnf("Attempt %d of %d to start the embedded PostgreSQL failed: %s", attempt, policy.attempts(),
                    e.getMessage());
            return false;
        }
    }

    /** Returns true when supervision is being stopped. */
    private boolean pauseUnlessStopping(Duration pause) {
        try {
            return stopping.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private boolean isStopping() {
        return stopping.getCount() == 0;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
