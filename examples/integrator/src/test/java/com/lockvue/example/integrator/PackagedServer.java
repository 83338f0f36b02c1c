package com.lockvue.example.integrator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server ({@code bootstrap/target/quarkus-app/quarkus-run.jar}) as a child process, as `./run` starts it:
 * no database configured, so it starts its embedded PostgreSQL in its own fresh data folder; a free port on loopback.
 */
final class PackagedServer implements AutoCloseable {
    private static final Path JAR = Path.of(System.getProperty("lockvue.it.jar",
            "../../bootstrap/target/quarkus-app/quarkus-run.jar"));
    private static final Path WORK = Path.of(System.getProperty("lockvue.it.work", "target/it"));
    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final Process process;
    private final Path dataDir;
    private final Path log;
    final String baseUrl;

    private PackagedServer(Process process, Path dataDir, Path log, int port) {
        this.process = process;
        this.dataDir = dataDir;
        this.log = log;
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    static PackagedServer start() throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("No packaged server at " + JAR.toAbsolutePath()
                    + ": package the bootstrap module first (./mvnw verify does)");
        }
        Path dataDir = WORK.resolve("data-" + UUID.randomUUID());
        Files.createDirectories(dataDir);
        Path log = WORK.resolve("server.log");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", JAR.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("LOCKVUE_DATA_DIR", dataDir.toAbsolutePath().toString());
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        PackagedServer server = new PackagedServer(builder.start(), dataDir, log, port);
        Runtime.getRuntime().addShutdownHook(new Thread(server.process::destroyForcibly, "integrator-it-stop"));
        try {
            server.awaitReady();
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited while starting; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The server was not ready within " + STARTUP + "; see " + log.toAbsolutePath());
    }

    /**
     * Stops the server, which stops its embedded PostgreSQL. Should the server not manage that, the postmaster (which
     * pg_ctl detached from it) is stopped by the pid it wrote, so that no database outlives the test.
     */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
            if (Files.isRegularFile(pidFile)) {
                long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            System.err.println("[integrator-it] could not check the embedded database: " + e);
        }
    }
}
