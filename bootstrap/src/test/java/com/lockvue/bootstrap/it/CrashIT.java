package com.lockvue.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lockvue.bootstrap.it.AcknowledgedChanges.Code;
import com.lockvue.bootstrap.support.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
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
 * The packaged server on its own embedded PostgreSQL (no LOCKVUE_DB_URL), killed as a power cut or the OOM killer
 * would: SIGKILL to every PostgreSQL process of its folder and to the server, right after the last of a burst of
 * acknowledged writes. Started again on the same folder, every change it acknowledged is in force: created codes
 * exist, revoked permissions and deleted codes stay so (no unlock command, no login), and each has its audit
 * event. When only the server is killed, its postmaster lives on; the next start stops it and goes on. And a
 * normal stop ends PostgreSQL cleanly, without the supervisor starting it again.
 */
@Timeout(400)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashIT {
    private static final Path WORK = ServerProcess.WORK.resolve("crash");
    private static final String NAME = "server";
    private static final int WRITERS = 4;
    /** Acknowledged writes in the burst before the crash. */
    private static final int BURST = 240;
    private static ServerProcess server;

    @BeforeAll
    static void start() {
        deleteRecursively(WORK);
        server = ServerProcess.start(NAME, WORK, environment());
    }

    @AfterAll
    static void stop() {
        ItSupport.closeQuietly(server);
    }

    @Test
    @Order(0)
    void itsDataFolderIsReadableByItsOwnerAlone() throws IOException {
        Set<PosixFilePermission> groupOrOther = EnumSet.complementOf(EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
        List<Path> ownerOnly = List.of(server.dataDir, server.dataDir.resolve("secrets"),
                server.dataDir.resolve("postgres"), server.dataDir.resolve("postgres-runtime"),
                server.dataDir.resolve("secrets").resolve("database-password"));
        for (Path path : ownerOnly) {
            assertThat(Files.getPosixFilePermissions(path)).as("%s", path).doesNotContainAnyElementsOf(groupOrOther);
        }
    }

    @Test
    @Order(1)
    void everyAcknowledgedChangeSurvivesASigkillOfPostgresAndOfTheServer() throws Exception {
        String base = server.baseUrl();
        String owner = ItSupport.signUp(base);
        ItSupport.expect(Http.call(base, "PATCH", "/api/v1/settings", owner, Map.of("uniqueCodesEnabled", true)), 200);
        List<String> locks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            locks.add(ItSupport.activateLock(base, owner, "Door " + i));
        }
        AcknowledgedChanges changes = new AcknowledgedChanges(base, owner, locks);
        // The workflow: a code shared to a lock, used on a phone to get an unlock command.
        Code plumber = changes.createCode();
        changes.share(plumber, locks.get(0));
        changes.logIn(plumber);
        changes.unlock(plumber);

        burstThenCrash(changes, locks);
        server = ServerProcess.start(NAME, WORK, environment());
        changes.movedTo(server.baseUrl());
        Map<String, List<String>> lost = changes.lost();

        System.out.printf("[CrashIT] %d acknowledged writes checked after SIGKILL of PostgreSQL and the server "
                + "(%d codes whose last change the crash cut off are checked for their acknowledged ones' audit events"
                + " only); lost: %d%n", changes.count(), changes.inDoubt(), lost.size());
        lost.forEach((change, findings) -> System.out.println("[CrashIT] lost: " + change + ": " + findings));
        assertThat(lost).as("acknowledged changes lost in the crash").isEmpty();
    }

    @Test
    @Order(2)
    void aServerKilledAloneLeavesItsPostmasterRunningAndTheNextStartStopsItAndGoesOn() {
        String owner = ItSupport.signUp(server.baseUrl());
        String lock = ItSupport.activateLock(server.baseUrl(), owner, "Written just before the kill");
        ProcessHandle postmaster = Crash.postmasterOf(server).orElseThrow();

        Crash.kill(List.of(server.handle()));
        assertThat(postmaster.isAlive()).as("pg_ctl detached the postmaster: it outlives the server").isTrue();

        server = ServerProcess.start(NAME, WORK, environment());
        assertThat(postmaster.isAlive()).as("the start stopped the postmaster left running").isFalse();
        assertThat(Crash.postmasterOf(server)).as("and started its own").isPresent();
        ItSupport.expect(Http.call(server.baseUrl(), "GET", "/api/v1/locks/" + lock, owner, null), 200);
    }

    @Test
    @Order(3)
    void aNormalStopStopsItsPostgresCleanlyAndDoesNotStartItAgain() throws Exception {
        ProcessHandle postmaster = Crash.postmasterOf(server).orElseThrow();
        server.close(); // SIGTERM
        assertThat(server.handle().isAlive()).isFalse();
        // Bounded: the exited postmaster is an orphan, reaped by init in its own time.
        assertThat(postmaster.onExit().get(20, TimeUnit.SECONDS).isAlive()).as("the server stopped its PostgreSQL")
                .isFalse();
        assertThat(Crash.postmasterOf(server)).as("and none was started again").isEmpty();
        assertThat(server.dataDir.resolve("postgres").resolve("postmaster.pid")).as("a clean shutdown").doesNotExist();
        String log = Files.readString(server.log);
        assertThat(log.substring(log.lastIndexOf("Profile prod activated"))).doesNotContain("starting it again");
    }

    /**
     * Writers create codes and share them, and of each: keep it, log in with it and revoke it, delete it, or revoke
     * it, until {@link #BURST} writes were acknowledged; then SIGKILL at once, in-flight requests and all.
     */
    private static void burstThenCrash(AcknowledgedChanges changes, List<String> locks) throws Exception {
        int before = changes.count();
        CountDownLatch enough = changes.after(BURST);
        AtomicBoolean crashed = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            running.add(writers.submit(() -> {
                for (int i = 0; !crashed.get(); i++) {
                    try {
                        Code code = changes.createCode();
                        changes.share(code, locks.get((writer + i) % locks.size()));
                        switch (i % 4) {
                            case 1 -> {
                                changes.logIn(code);
                                changes.revoke(code);
                            }
                            case 2 -> changes.delete(code);
                            case 3 -> changes.revoke(code);
                            default -> {
                                // kept as it is
                            }
                        }
                    } catch (RuntimeException | AssertionError e) {
                        if (!crashed.get()) {
                            enough.countDown();
                            throw e;
                        }
                        return; // the crash cut the request off: not acknowledged
                    }
                }
            }));
        }
        assertThat(enough.await(120, TimeUnit.SECONDS)).as("%d writes acknowledged", BURST).isTrue();
        List<ProcessHandle> victims = new ArrayList<>(Crash.postgresOf(server));
        victims.add(server.handle());
        crashed.set(true);
        Crash.kill(victims);
        System.out.printf("[CrashIT] SIGKILL of %d PostgreSQL processes and the server after %d acknowledged writes%n",
                victims.size() - 1, changes.count() - before);
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        for (Future<?> writer : running) {
            writer.get(); // a writer that failed before the crash fails the test
        }
    }

    private static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        // As behind a proxy on this host, so that each phone is a client address of its own.
        env.put("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true");
        env.put("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true");
        env.put("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "127.0.0.1");
        // Supervision looks often, so that it would be seen should it start PostgreSQL again during a normal stop.
        env.put("LOCKVUE_EMBEDDED_DB_CHECK_INTERVAL", "PT0.1S");
        return env;
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
