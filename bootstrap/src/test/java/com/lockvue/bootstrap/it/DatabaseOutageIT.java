package com.lockvue.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lockvue.bootstrap.EmbeddedDatabase;
import com.lockvue.bootstrap.support.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * PostgreSQL stops under load and comes back, or hangs (every process frozen, its sockets still open, as in a
 * network partition) and resumes: meanwhile the packaged server answers 503 problem+json with Retry-After,
 * promptly (the pool's acquisition timeout or the JDBC socket timeout, not a hang); afterwards it serves again
 * without a restart, and every write it acknowledged is still there.
 */
@Timeout(300)
class DatabaseOutageIT {
    private static final Path WORK = ServerProcess.WORK.resolve("database-outage");
    private static final Path DATA = WORK.resolve("postgres");
    /** The configured acquisition timeout is 5 s; a request may take it plus a margin, never more. */
    private static final long MAX_REQUEST_MILLIS = 15_000;
    /** Longer than two acquisition timeouts, so that some requests begin and end wholly inside the outage. */
    private static final long OUTAGE_MILLIS = 12_000;
    private static final long RECOVERY_BOUND_MILLIS = 60_000;
    private static final int THREADS = 3;
    /** More clients than the pool's 20 connections: during the hang most wait in vain for a connection. */
    private static final int HANG_THREADS = 24;
    /** During the hang no request may take longer than a socket timeout or an acquisition timeout, with margin. */
    private static final long HANG_MAX_REQUEST_MILLIS = 10_000;
    /** The server's JDBC socket timeout here (production default: 30 s). */
    private static final int SOCKET_TIMEOUT_SECONDS = 4;
    /** Longer than the socket timeout plus the login timeout, so that some requests fall wholly inside the hang. */
    private static final long HANG_MILLIS = 12_000;

    private static int port;
    private static EmbeddedDatabase database;
    private static ServerProcess server;
    /** PostgreSQL's processes while they are frozen, so that they are resumed whatever happens. */
    private static volatile List<Long> frozen = List.of();

    /** One answer of the load loop, with when it started and ended (ms since the loop began). */
    record Sample(String what, long startedAt, long endedAt, Http.Answer answer, String error) {
    }

    @BeforeAll
    static void start() {
        try {
            deleteRecursively(WORK);
            port = ServerProcess.freePort();
            // Kept: closing must keep the data directory, so that the restarted server is the same database.
            database = EmbeddedDatabase.start(settings());
            Map<String, String> env = ItSupport.serverEnvironment(database, WORK.resolve("secrets"));
            env.put("LOCKVUE_DB_SOCKET_TIMEOUT_SECONDS", String.valueOf(SOCKET_TIMEOUT_SECONDS));
            server = ServerProcess.start("server", WORK, env);
        } catch (RuntimeException | Error e) {
            stop();
            throw e;
        }
    }

    private static EmbeddedDatabase.Settings settings() {
        return ItSupport.databaseSettings(WORK).onPort(port);
    }

    @AfterAll
    static void stop() {
        resumePostgres();
        ItSupport.closeQuietly(server, database);
    }

    @Test
    void anOutageAnswers503PromptlyAndTheServerRecoversWithoutARestartLosingNoAcknowledgedWrite() throws Exception {
        String base = server.baseUrl();
        String token = ItSupport.signUp(base);
        Load load = Load.start(base, token, THREADS);
        long stoppedAt;
        long closedAt;
        long restartedAt;
        long upAt;
        try {
            ServerProcess.sleep(2_000);
            stoppedAt = load.now();
            database.close();
            database = null;
            closedAt = load.now();
            System.out.printf("[DatabaseOutageIT] PostgreSQL stopped (pg_ctl stop took %d ms)%n", closedAt - stoppedAt);
            ServerProcess.sleep(OUTAGE_MILLIS);

            restartedAt = load.now();
            database = EmbeddedDatabase.start(settings());
            upAt = load.now();
            System.out.printf("[DatabaseOutageIT] PostgreSQL restarted on port %d in %d ms%n", port, upAt - restartedAt);
            load.awaitRecovery(upAt);
        } finally {
            load.stop();
        }
        load.check("outage", stoppedAt, closedAt, restartedAt, upAt, MAX_REQUEST_MILLIS);
        load.checkAcknowledgedWritesSurvived();
    }

    @Test
    void aHungDatabaseAnswers503WithinTheSocketTimeoutAndTheServerRecoversWhenItResumes() throws Exception {
        String base = server.baseUrl();
        String token = ItSupport.signUp(base);
        Load load = Load.start(base, token, HANG_THREADS);
        long frozenAt;
        long certainAt;
        long resumedAt;
        int processes;
        try {
            ServerProcess.sleep(2_000);
            frozenAt = load.now();
            try {
                freezePostgres();
                certainAt = load.now(); // every process is stopped from here on
                processes = frozen.size();
                ServerProcess.sleep(HANG_MILLIS);
            } finally {
                resumedAt = load.now();
                resumePostgres();
            }
            System.out.printf("[DatabaseOutageIT] PostgreSQL's %d processes frozen for %d ms%n", processes,
                    resumedAt - frozenAt);
            load.awaitRecovery(resumedAt);
        } finally {
            load.stop();
        }
        // A frozen server still accepts connections and bytes, so nothing fails at once: the first 503s come after
        // the socket timeout, the next ones from the pool's acquisition timeout.
        load.check("hang", frozenAt, certainAt, resumedAt, resumedAt, HANG_MAX_REQUEST_MILLIS);
        assertThat(load.first503After(frozenAt) - frozenAt).as("the first 503 comes with the socket timeout")
                .isLessThan(SOCKET_TIMEOUT_SECONDS * 1_000L + 3_000);
        load.checkAcknowledgedWritesSurvived();
    }

    /**
     * Stops the embedded PostgreSQL's postmaster, so that it can start no new backend, then every process it has
     * started; {@link #resumePostgres} undoes it.
     */
    private static void freezePostgres() throws IOException, InterruptedException {
        long postmaster = Long.parseLong(Files.readAllLines(DATA.resolve("postmaster.pid")).get(0).trim());
        frozen = List.of(postmaster);
        signal("STOP", frozen);
        List<Long> all = new ArrayList<>(frozen);
        ProcessHandle.of(postmaster).orElseThrow().descendants().forEach(p -> all.add(p.pid()));
        frozen = List.copyOf(all);
        signal("STOP", frozen);
    }

    private static void resumePostgres() {
        List<Long> pids = frozen;
        frozen = List.of();
        try {
            signal("CONT", pids);
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            System.out.printf("[DatabaseOutageIT] could not resume PostgreSQL %s: %s%n", pids, e);
        }
    }

    private static void signal(String signal, List<Long> pids) throws IOException, InterruptedException {
        if (pids.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(pid -> command.add(String.valueOf(pid)));
        Process kill = new ProcessBuilder(command).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).as("kill -%s finished", signal).isTrue();
    }

    /**
     * Clients in a loop (a third of them listing locks, the others alternating list and create) for a test,
     * recording every answer with when it started and ended, and the ids of the locks whose creation was
     * acknowledged with 201.
     */
    private static final class Load {
        private final String base;
        private final String token;
        private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger counter = new AtomicInteger();
        private final long loopStart = System.nanoTime();
        private final ExecutorService pool;
        private final List<Future<?>> workers = new ArrayList<>();
        private long recoveredAt = -1;

        private Load(String base, String token, int threads) {
            this.base = base;
            this.token = token;
            this.pool = Executors.newFixedThreadPool(threads);
        }

        static Load start(String base, String token, int threads) {
            Load load = new Load(base, token, threads);
            for (int i = 0; i < 5; i++) {
                load.acknowledged.add(ItSupport.activateLock(base, token, "Before load " + i));
            }
            for (int t = 0; t < threads; t++) {
                boolean writer = t % 3 != 0;
                load.workers.add(load.pool.submit(() -> load.run(writer)));
            }
            return load;
        }

        private void run(boolean writer) {
            while (running.get()) {
                boolean write = writer && counter.incrementAndGet() % 2 == 0;
                long started = now();
                Http.Answer answer = null;
                String error = null;
                try {
                    answer = write
                            ? Http.call(base, "POST", "/api/v1/locks", token, ItSupport.lockRequest("Under load"))
                            : Http.call(base, "GET", "/api/v1/locks?limit=20", token, null);
                    if (write && answer.status() == 201) {
                        acknowledged.add(answer.json().get("id").asText());
                    }
                } catch (RuntimeException e) {
                    error = e.toString();
                }
                samples.add(new Sample(write ? "POST" : "GET", started, now(), answer, error));
                ServerProcess.sleep(50);
            }
        }

        long now() {
            return millisSince(loopStart);
        }

        /** Waits for the first 2xx of a request begun after {@code backAt}, then lets the load run 1 s more. */
        void awaitRecovery(long backAt) {
            long deadline = backAt + RECOVERY_BOUND_MILLIS;
            while (recoveredAt < 0 && now() < deadline) {
                for (Sample s : samples) {
                    if (s.startedAt() >= backAt && s.answer() != null && s.answer().status() / 100 == 2) {
                        recoveredAt = recoveredAt < 0 ? s.endedAt() : Math.min(recoveredAt, s.endedAt());
                    }
                }
                ServerProcess.sleep(100);
            }
            ServerProcess.sleep(1_000);
        }

        void stop() throws Exception {
            running.set(false);
            pool.shutdown();
            if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
            for (Future<?> worker : workers) {
                worker.get(1, TimeUnit.SECONDS);
            }
        }

        /**
         * The database failed at {@code failedAt}; from {@code certainAt} on, no request may succeed until
         * {@code backAt}, when it began to come back ({@code upAt}: it was back).
         */
        /** When the first 503 of a request begun at or after {@code failedAt} ended; -1 if none. */
        long first503After(long failedAt) {
            return samples.stream().filter(s -> s.startedAt() >= failedAt && s.answer() != null
                    && s.answer().status() == 503).mapToLong(Sample::endedAt).min().orElse(-1);
        }

        void check(String what, long failedAt, long certainAt, long backAt, long upAt, long maxRequestMillis) {
            List<Sample> all = samples.stream().sorted(Comparator.comparingLong(Sample::startedAt)).toList();
            long first503At = first503After(failedAt);
            long maxMillis = all.stream().mapToLong(s -> s.endedAt() - s.startedAt()).max().orElse(0);
            long during = all.stream().filter(s -> s.startedAt() >= certainAt && s.endedAt() <= backAt).count();
            long served503 = all.stream().filter(s -> s.answer() != null && s.answer().status() == 503).count();
            System.out.printf("[DatabaseOutageIT] %s: %d requests (%d wholly inside it, %d answered 503); slowest %d ms%n",
                    what, all.size(), during, served503, maxMillis);
            System.out.printf("[DatabaseOutageIT] %s: time to first 503 after it began: %d ms%n", what,
                    first503At - failedAt);
            System.out.printf("[DatabaseOutageIT] %s: time to recover (first 2xx after PostgreSQL was back): %d ms%n",
                    what, recoveredAt < 0 ? -1 : recoveredAt - upAt);
            System.out.printf("[DatabaseOutageIT] %s: acknowledged writes to check: %d%n", what, acknowledged.size());

            assertThat(all.stream().filter(s -> s.error() != null).map(Sample::error).toList())
                    .as("no request failed at the transport level").isEmpty();
            assertThat(maxMillis).as("no request took longer than %d ms", maxRequestMillis).isLessThan(maxRequestMillis);
            assertThat(during).as("requests begun and ended wholly inside the %s", what).isPositive();
            assertThat(first503At).as("the %s was answered with 503", what).isGreaterThanOrEqualTo(0);
            assertThat(recoveredAt).as("the server recovered within %d ms of PostgreSQL's return", RECOVERY_BOUND_MILLIS)
                    .isGreaterThanOrEqualTo(0);
            for (Sample s : all) {
                int status = s.answer().status();
                assertThat(status).as("%s", s).isIn(200, 201, 503);
                // Requests begun before the failure was certain may yet succeed; after that, none may until it ends.
                if (s.startedAt() >= certainAt && s.endedAt() <= backAt) {
                    assertThat(status).as("during the %s: %s", what, s).isEqualTo(503);
                }
                if (status == 503) {
                    assertThat(s.answer().contentType()).as("%s", s).startsWith("application/problem+json");
                    assertThat(s.answer().header("Retry-After")).as("%s", s).matches("[1-9][0-9]*");
                    assertThat(s.answer().json().get("status").asInt()).isEqualTo(503);
                    assertThat(s.answer().json().get("code").asText()).isEqualTo("service-unavailable");
                    assertThat(s.answer().body()).as("no internals in %s", s)
                            .doesNotContain("Exception", "org.postgresql", "java.", "com.lockvue", "io.agroal", "SQL",
                                    "\tat ", "jdbc:");
                }
            }
        }

        /** Every acknowledged write survived, read through the same (never restarted) server. */
        void checkAcknowledgedWritesSurvived() {
            for (String id : acknowledged) {
                ItSupport.expect(Http.call(base, "GET", "/api/v1/locks/" + id, token, null), 200);
            }
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
