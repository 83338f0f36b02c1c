package com.lockvue.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lockvue.bootstrap.support.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * The packaged server supervises its embedded PostgreSQL. Every PostgreSQL process killed (SIGKILL) under load:
 * requests meanwhile answer 503 problem+json with Retry-After, the database is started again by the same server
 * process, service returns within a bound, liveness stays UP all along, and every acknowledged write is there.
 * When the database cannot be started again (its configuration broken), the supervisor gives up and liveness goes
 * DOWN, so that an orchestrator would restart the server.
 */
@Timeout(300)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedDatabaseSupervisionIT {
    private static final Path WORK = ServerProcess.WORK.resolve("supervision");
    private static final String CHECK_INTERVAL = "PT0.5S";
    private static final int RESTART_ATTEMPTS = 3;
    /** From the kill to the first 2xx of a request begun after it: check interval, crash recovery, pool. */
    private static final long RECOVERY_BOUND_MILLIS = 30_000;
    /** From the kill to liveness DOWN: the check interval and three failed attempts with 1 s and 2 s pauses. */
    private static final long GIVE_UP_BOUND_MILLIS = 30_000;
    private static ServerProcess server;

    /** One answer with when its request started and ended (ms since the test began). */
    record Sample(String what, long startedAt, long endedAt, Http.Answer answer, String error) {
    }

    @BeforeAll
    static void start() {
        deleteRecursively(WORK);
        server = ServerProcess.start("server", WORK, Map.of(
                "LOCKVUE_EMBEDDED_DB_CHECK_INTERVAL", CHECK_INTERVAL,
                "LOCKVUE_EMBEDDED_DB_RESTART_ATTEMPTS", String.valueOf(RESTART_ATTEMPTS)));
    }

    @AfterAll
    static void stop() {
        ItSupport.closeQuietly(server);
    }

    @Test
    @Order(1)
    void aKilledDatabaseIsStartedAgainByTheRunningServerAndMeanwhileRequestsAnswer503() throws Exception {
        String base = server.baseUrl();
        String token = ItSupport.signUp(base);
        long begin = System.nanoTime();
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(3);
        List<Future<?>> loops = new ArrayList<>();
        for (String what : List.of("POST", "GET", "LIVE")) {
            loops.add(clients.submit(() -> {
                while (running.get()) {
                    long started = millisSince(begin);
                    Http.Answer answer = null;
                    String error = null;
                    try {
                        answer = switch (what) {
                            case "POST" -> Http.call(base, "POST", "/api/v1/locks", token, ItSupport.lockRequest("Under watch"));
                            case "GET" -> Http.call(base, "GET", "/api/v1/locks?limit=20", token, null);
                            default -> Http.call(base, "GET", "/q/health/live", null, null);
                        };
                        if (what.equals("POST") && answer.status() == 201) {
                            acknowledged.add(answer.json().get("id").asText());
                        }
                    } catch (RuntimeException e) {
                        error = e.toString();
                    }
                    samples.add(new Sample(what, started, millisSince(begin), answer, error));
                    ServerProcess.sleep(100);
                }
            }));
        }
        ProcessHandle killedPostmaster;
        long killedAt;
        long recoveredAt = -1;
        try {
            ServerProcess.sleep(1_500);
            List<ProcessHandle> postgres = Crash.postgresOf(server);
            killedPostmaster = postgres.get(0);
            killedAt = millisSince(begin);
            Crash.kill(postgres);
            while (recoveredAt < 0 && millisSince(begin) < killedAt + RECOVERY_BOUND_MILLIS) {
                recoveredAt = samples.stream().filter(s -> !s.what().equals("LIVE") && s.startedAt() > killedAt
                        && s.answer() != null && s.answer().status() / 100 == 2).mapToLong(Sample::endedAt).min().orElse(-1);
                ServerProcess.sleep(100);
            }
            ServerProcess.sleep(1_000);
        } finally {
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        for (Future<?> loop : loops) {
            loop.get();
        }
        List<Sample> all = samples.stream().sorted(Comparator.comparingLong(Sample::startedAt)).toList();
        long served503 = all.stream().filter(s -> s.answer() != null && s.answer().status() == 503).count();
        System.out.printf("[EmbeddedDatabaseSupervisionIT] %d requests, %d answered 503; service back %d ms after the"
                + " SIGKILL; %d acknowledged writes%n", all.size(), served503, recoveredAt < 0 ? -1 : recoveredAt - killedAt,
                acknowledged.size());

        assertThat(all.stream().filter(s -> s.error() != null).map(Sample::error).toList())
                .as("no request failed at the transport level").isEmpty();
        assertThat(recoveredAt).as("service returned within %d ms", RECOVERY_BOUND_MILLIS).isPositive();
        assertThat(all.stream().filter(s -> !s.what().equals("LIVE") && s.startedAt() > killedAt
                && s.answer().status() == 503)).as("requests during the gap answered 503").isNotEmpty();
        for (Sample s : all) {
            if (s.what().equals("LIVE")) {
                assertThat(s.answer().status()).as("liveness while the database is brought back: %s", s).isEqualTo(200);
                continue;
            }
            assertThat(s.answer().status()).as("%s", s).isIn(200, 201, 503);
            if (s.answer().status() == 503) {
                assertThat(s.answer().contentType()).as("%s", s).startsWith("application/problem+json");
                assertThat(s.answer().header("Retry-After")).as("%s", s).matches("[1-9][0-9]*");
                assertThat(s.answer().json().get("code").asText()).isEqualTo("service-unavailable");
            }
        }
        assertThat(server.handle().isAlive()).as("the same server process").isTrue();
        assertThat(Crash.postmasterOf(server)).as("a new postmaster").get()
                .satisfies(p -> assertThat(p.pid()).isNotEqualTo(killedPostmaster.pid()));
        for (String id : acknowledged) {
            ItSupport.expect(Http.call(base, "GET", "/api/v1/locks/" + id, token, null), 200);
        }
    }

    @Test
    @Order(2)
    void whenTheDatabaseCannotBeStartedAgainTheSupervisorGivesUpAndLivenessGoesDown() throws IOException {
        String base = server.baseUrl();
        String token = ItSupport.signUp(base);
        Files.writeString(server.dataDir.resolve("postgres").resolve("postgresql.conf"),
                "\nthis line is no setting\n", StandardOpenOption.APPEND);
        long killedAt = System.nanoTime();
        Crash.kill(Crash.postgresOf(server));

        Http.Answer live = Http.call(base, "GET", "/q/health/live", null, null);
        while (live.status() == 200 && millisSince(killedAt) < GIVE_UP_BOUND_MILLIS) {
            Http.Answer request = Http.call(base, "GET", "/api/v1/locks", token, null);
            assertThat(request.status()).as("%s", request).isEqualTo(503);
            assertThat(request.header("Retry-After")).as("%s", request).isNotNull();
            ServerProcess.sleep(200);
            live = Http.call(base, "GET", "/q/health/live", null, null);
        }
        System.out.printf("[EmbeddedDatabaseSupervisionIT] liveness DOWN %d ms after the SIGKILL of a database that"
                + " cannot start (%d attempts)%n", millisSince(killedAt), RESTART_ATTEMPTS);
        assertThat(live.status()).as("liveness once the supervisor gave up: %s", live).isEqualTo(503);
        assertThat(live.body()).contains("embedded-database").contains("DOWN").contains("failed");
        assertThat(server.handle().isAlive()).as("the server itself keeps running for its orchestrator to restart")
                .isTrue();
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
