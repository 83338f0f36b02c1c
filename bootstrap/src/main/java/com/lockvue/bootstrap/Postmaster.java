package com.lockvue.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * The PostgreSQL postmaster named by a data folder's {@code postmaster.pid}, and what a start does about one that an
 * earlier server left behind. pg_ctl detaches the postmaster, so when the JVM that started it is killed it keeps
 * running and holding the folder. A start stops such a postmaster, but only once it has made sure that the process
 * is a postmaster of this very folder: the pid may since have been given to any other process.
 */
final class Postmaster {
    private static final Logger LOG = Logger.getLogger(Postmaster.class);
    static final String PID_FILE = "postmaster.pid";
    private static final Duration PG_CTL_WAIT = Duration.ofSeconds(60);
    private static final Duration SIGNAL_WAIT = Duration.ofSeconds(30);

    /** What the process named in {@code postmaster.pid} is, as far as can be told. */
    enum Identity {
        /** A postgres binary started with {@code -D} naming this folder. */
        OF_THIS_FOLDER,
        /** Certainly not: another program, or a postmaster of another folder (the pid was reused). */
        SOMETHING_ELSE,
        /** Not enough is visible to tell (another user's process, or a postgres without {@code -D}). */
        UNKNOWN
    }

    private Postmaster() {
    }

    /** The live process that {@code postmaster.pid} names, whatever it is. */
    static Optional<ProcessHandle> named(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve(PID_FILE);
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                    .filter(ProcessHandle::isAlive);
        } catch (NoSuchFileException | NumberFormatException gone) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warnf("Could not read %s: %s", pidFile, e);
            return Optional.empty();
        }
    }

    /** Decides from what the operating system tells of a process whether it is the postmaster of {@code dataDirectory}. */
    static Identity identify(ProcessHandle.Info process, Path dataDirectory) {
        Optional<String> command = process.command();
        Optional<String[]> arguments = process.arguments();
        if (command.isEmpty() || arguments.isEmpty()) {
            return Identity.UNKNOWN;
        }
        Path binary = Path.of(command.get()).getFileName();
        if (binary == null || !List.of("postgres", "postgres.exe").contains(binary.toString())) {
            return Identity.SOMETHING_ELSE;
        }
        String[] args = arguments.get();
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("-D")) {
                return sameFolder(Path.of(args[i + 1]), dataDirectory);
            }
        }
        // Backends rewrite their command line, and a postmaster may have found its folder in PGDATA.
        return Identity.UNKNOWN;
    }

    private static Identity sameFolder(Path named, Path dataDirectory) {
        if (!named.isAbsolute()) {
            return Identity.UNKNOWN; // relative to a working directory we cannot see
        }
        try {
            // Same inode, so a symbolic link or a second mount of the folder is still recognised as this folder.
            return Files.isSameFile(named, dataDirectory) ? Identity.OF_THIS_FOLDER : Identity.SOMETHING_ELSE;
        } catch (NoSuchFileException gone) {
            return Identity.SOMETHING_ELSE;
        } catch (IOException e) {
            return Identity.UNKNOWN;
        }
    }

    /**
     * Before a start on {@code dataDirectory}: stops a postmaster of this folder left running, and removes a lock
     * file whose pid now belongs to another process (PostgreSQL would refuse to start while that process lives).
     * Leaves everything as it is when the process cannot be identified; PostgreSQL then refuses and says why.
     */
    static void clearStale(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> named = named(dataDirectory);
        if (named.isEmpty()) {
            return; // no lock file, or its process is gone: PostgreSQL takes the file over itself
        }
        ProcessHandle process = named.get();
        switch (identify(process.info(), dataDirectory)) {
            case OF_THIS_FOLDER -> {
                LOG.warnf("A PostgreSQL postmaster (pid %d) of %s is running that no server manages (one that was"
                        + " killed, or a start that failed); stopping it", process.pid(), dataDirectory);
                stop(process, dataDirectory);
            }
            case SOMETHING_ELSE -> {
                LOG.warnf("%s names pid %d, which is now another process (not a postmaster of this folder); removing"
                        + " the stale lock file and leaving that process alone", dataDirectory.resolve(PID_FILE),
                        process.pid());
                Files.deleteIfExists(dataDirectory.resolve(PID_FILE));
            }
            case UNKNOWN -> LOG.warnf("%s names pid %d, a live process that cannot be identified; leaving it alone",
                    dataDirectory.resolve(PID_FILE), process.pid());
        }
    }

    /** pg_ctl of the process's own installation first; signals when that is gone or fails. */
    private static void stop(ProcessHandle postmaster, Path dataDirectory) throws IOException {
        List<ProcessHandle> children = postmaster.descendants().toList();
        Optional<PgCtl> pgCtl = postmaster.info().command().flatMap(command -> PgCtl.nextTo(Path.of(command)));
        if (pgCtl.isPresent()) {
            try {
                pgCtl.get().stop(dataDirectory, PG_CTL_WAIT);
            } catch (IOException e) {
                LOG.warnf("pg_ctl could not stop the postmaster (pid %d): %s; sending it signals", postmaster.pid(),
                        e.getMessage());
            }
        }
        if (postmaster.isAlive()) {
            postmaster.destroy(); // SIGTERM: PostgreSQL's smart shutdown, which is fast once its clients are gone
            if (!awaitExit(postmaster, SIGNAL_WAIT)) {
                postmaster.destroyForcibly();
                awaitExit(postmaster, SIGNAL_WAIT);
            }
        }
        // Its backends notice the postmaster's death and end; a new postmaster refuses to start while they live.
        for (ProcessHandle child : children) {
            awaitExit(child, SIGNAL_WAIT);
        }
        if (postmaster.isAlive() || children.stream().anyMatch(ProcessHandle::isAlive)) {
            throw new IOException("Could not stop the PostgreSQL postmaster (pid " + postmaster.pid() + ") of "
                    + dataDirectory);
        }
        LOG.infof("Stopped the postmaster (pid %d) left running in %s", postmaster.pid(), dataDirectory);
    }

    private static boolean awaitExit(ProcessHandle process, Duration bound) {
        try {
            process.onExit().get(bound.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
