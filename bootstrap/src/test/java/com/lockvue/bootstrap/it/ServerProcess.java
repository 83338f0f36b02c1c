package com.lockvue.bootstrap.it;

import com.lockvue.bootstrap.support.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server ({@code quarkus-run.jar}) as a child process: its own data folder and a free HTTP port, the
 * database and secrets it is given through the environment. Output goes to {@code <work>/<name>.log}.
 */
final class ServerProcess implements AutoCloseable {
    static final Path JAR = Path.of(System.getProperty("lockvue.it.jar", "target/quarkus-app/quarkus-run.jar"));
    static final Path WORK = Path.of(System.getProperty("lockvue.it.work", "target/it"));
    private static final Duration STARTUP = Duration.ofSeconds(120);

    final String name;
    final int port;
    final Path log;
    final Path dataDir;
    private final Process process;

    private ServerProcess(String name, int port, Path log, Path dataDir, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.dataDir = dataDir;
        this.process = process;
    }

    /**
     * Starts the server and waits (bounded) until it answers /q/health/ready with 200. A server started again
     * under the same name has the same data folder, and its output is added to the same log.
     */
    static ServerProcess start(String name, Path work, Map<String, String> env) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("No packaged server at " + JAR.toAbsolutePath() + ": run `mvn verify`");
        }
        try {
            Path dataDir = work.resolve(name + "-data");
            Files.createDirectories(dataDir);
            Path log = work.resolve(name + ".log");
            int port = freePort();
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx256m", "-jar",
                    JAR.toAbsolutePath().toString())
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            builder.environment().put("LOCKVUE_DATA_DIR", dataDir.toAbsolutePath().toString());
            builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
            builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
            Process process = builder.start();
            // Should the test JVM be killed (a build timeout), take the server with it rather than leave it running.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "it-stop-" + name));
            ServerProcess server = new ServerProcess(name, port, log, dataDir.toAbsolutePath(), process);
            try {
                server.awaitReady();
            } catch (RuntimeException | Error e) {
                server.close();
                throw e;
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting; see "
                        + log.toAbsolutePath() + "\n" + tail());
            }
            try {
                if (Http.send(baseUrl() + "/q/health/ready", "GET", java.util.Map.of(), null).status() == 200) {
                    return;
                }
            } catch (java.io.UncheckedIOException notYet) {
                // not listening yet
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " not ready within " + STARTUP + "; see " + log.toAbsolutePath() + "\n" + tail());
    }

    String tail() {
        try {
            String all = Files.readString(log);
            return all.length() > 4000 ? all.substring(all.length() - 4000) : all;
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
