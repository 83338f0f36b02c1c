package com.lockvue.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lockvue.bootstrap.EmbeddedDatabase;
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
 * PostgreSQL stops under load and comes back: meanwhile the packaged server answers 503 problem+json with
 * Retry-After, promptly (the pool's acquisition timeout, not a hang); afterwards it serves again without a restart,
 * and every write it acknowledged before the outage is still there.
 */
@Timeout(300)
class DatabaseOutageIT {
    private static final Path WORK = ServerProcess.WORK.resolve("database-outage");
    private static final Path DATA = WORK.resolve("postgres");
    private static final Path RUNTIME = WORK.resolve("postgres-runtime");
    /** The configured acquisition timeout is 5 s; a request may take it plus a margin, never more. */
    private static final long MAX_REQUEST_MILLIS = 15_000;
    /** Longer than two acquisition timeouts, so that some requests begin and end wholly inside the outage. */
    private static final long OUTAGE_MILLIS = 12_000;
    private static final long RECOVERY_BOUND_MILLIS = 60_000;
    private static final int THREADS = 3;

    private static int port;
    private static EmbeddedDatabase database;
    private static ServerProcess server;

    /** One answer of the load loop, with when it started and ended (ms since the loop began). */
    record Sample(String what, long startedAt, long endedAt, Http.Answer answer, String error) {
    }

    @BeforeAll
    static void start() {
        try {
            deleteRecursively(WORK);
            port = ServerProcess.freePort();
            // Not "fresh": closing must keep the data directory, so that the restarted server is the same database.
            database = EmbeddedDatabase.start(DATA, RUNTIME, false, port);
            server = ServerProcess.start("server", WORK, ItSupport.serverEnvironment(database, WORK.resolve("secrets")));
        } catch (RuntimeException | Error e) {
            stop();
            throw e;
        }
    }

    @AfterAll
    static void stop() {
        ItSupport.closeQuietly(server, database);
    }

    @Test
    void anOutageAnswers503PromptlyAndTheServerRecoversWithoutARestartLosingNoAcknowledgedWrite() throws Exception {
        String base = server.baseUrl();
        String token = ItSupport.signUp(base);
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < 5; i++) {
            acknowledged.add(ItSupport.activateLock(base, token, "Before load " + i));
        }

        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger counter = new AtomicInteger();
        long loopStart = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            boolean writer = t != 0;
            workers.add(pool.submit(() -> {
                while (running.get()) {
                    boolean write = writer && counter.incrementAndGet() % 2 == 0;
                    long started = millisSince(loopStart);
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
                    samples.add(new Sample(write ? "POST" : "GET", started, millisSince(loopStart), answer, error));
                    ServerProcess.sleep(50);
                }
            }));
        }
        long stoppedAt;
        long closedAt;
        long restartedAt;
        long recoveredAt = -1;
        long first503At = -1;
        try {
            ServerProcess.sleep(2_000);
            stoppedAt = millisSince(loopStart);
            database.close();
            database = null;
            closedAt = millisSince(loopStart);
            System.out.printf("[DatabaseOutageIT] PostgreSQL stopped (pg_ctl stop took %d ms)%n", closedAt - stoppedAt);
            ServerProcess.sleep(OUTAGE_MILLIS);

            restartedAt = millisSince(loopStart);
            database = EmbeddedDatabase.start(DATA, RUNTIME, false, port);
            long upAt = millisSince(loopStart);
            System.out.printf("[DatabaseOutageIT] PostgreSQL restarted on port %d in %d ms%n", port, upAt - restartedAt);
            long deadline = upAt + RECOVERY_BOUND_MILLIS;
            while (recoveredAt < 0 && millisSince(loopStart) < deadline) {
                for (Sample s : samples) {
                    if (s.startedAt() >= upAt && s.answer() != null && s.answer().status() / 100 == 2) {
                        recoveredAt = recoveredAt < 0 ? s.endedAt() : Math.min(recoveredAt, s.endedAt());
                    }
                }
                ServerProcess.sleep(100);
            }
            ServerProcess.sleep(1_000); // a little load after recovery too
        } finally {
            running.set(false);
            pool.shutdown();
            if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        }
        for (Future<?> worker : workers) {
            worker.get(1, TimeUnit.SECONDS);
        }

        List<Sample> all = samples.stream().sorted(Comparator.comparingLong(Sample::startedAt)).toList();
        for (Sample s : all) {
            if (s.startedAt() >= stoppedAt && s.answer() != null && s.answer().status() == 503) {
                first503At = first503At < 0 ? s.endedAt() : Math.min(first503At, s.endedAt());
            }
        }
        long maxMillis = all.stream().mapToLong(s -> s.endedAt() - s.startedAt()).max().orElse(0);
        long during = all.stream().filter(s -> s.startedAt() >= closedAt && s.endedAt() <= restartedAt).count();
        long served503 = all.stream().filter(s -> s.answer() != null && s.answer().status() == 503).count();
        System.out.printf("[DatabaseOutageIT] %d requests (%d during the outage, %d answered 503); slowest %d ms%n",
                all.size(), during, served503, maxMillis);
        System.out.printf("[DatabaseOutageIT] time to first 503 after the stop began: %d ms%n", first503At - stoppedAt);
        System.out.printf("[DatabaseOutageIT] time to recover (first 2xx after PostgreSQL was back): %d ms%n",
                recoveredAt < 0 ? -1 : recoveredAt - restartedAt);
        System.out.printf("[DatabaseOutageIT] acknowledged writes to check: %d%n", acknowledged.size());

        assertThat(all.stream().filter(s -> s.error() != null).map(Sample::error).toList())
                .as("no request failed at the transport level").isEmpty();
        assertThat(maxMillis).as("no request took longer than %d ms", MAX_REQUEST_MILLIS).isLessThan(MAX_REQUEST_MILLIS);
        assertThat(during).as("requests begun and ended wholly inside the outage").isPositive();
        assertThat(first503At).as("the outage was answered with 503").isGreaterThanOrEqualTo(0);
        assertThat(recoveredAt).as("the server recovered within %d ms of PostgreSQL's return", RECOVERY_BOUND_MILLIS)
                .isGreaterThanOrEqualTo(0);
        for (Sample s : all) {
            int status = s.answer().status();
            assertThat(status).as("%s", s).isIn(200, 201, 503);
            // Requests begun while pg_ctl was still stopping the server may yet succeed; after that, none may.
            if (s.startedAt() >= closedAt && s.endedAt() <= restartedAt) {
                assertThat(status).as("during the outage: %s", s).isEqualTo(503);
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

        // Every acknowledged write survived, read through the same (never restarted) server.
        for (String id : acknowledged) {
            ItSupport.expect(Http.call(base, "GET", "/api/v1/locks/" + id, token, null), 200);
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
