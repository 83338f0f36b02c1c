package com.lockvue.bootstrap.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** SIGKILL, as a power cut or the OOM killer would deal it, to a server and to the embedded PostgreSQL of its folder. */
final class Crash {
    private Crash() {
    }

    /** The postmaster of the embedded PostgreSQL in a server's data folder, if one is running. */
    static Optional<ProcessHandle> postmasterOf(ServerProcess server) {
        Path pidFile = server.dataDir.resolve("postgres").resolve("postmaster.pid");
        try {
            return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim())).filter(ProcessHandle::isAlive);
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every process of that PostgreSQL: the postmaster and all it started. */
    static List<ProcessHandle> postgresOf(ServerProcess server) {
        List<ProcessHandle> all = new ArrayList<>();
        postmasterOf(server).ifPresent(postmaster -> {
            all.add(postmaster);
            postmaster.descendants().forEach(all::add);
        });
        return all;
    }

    /** Kills them all in one {@code kill -KILL}, so that none outlives the others by more than a moment. */
    static void kill(List<ProcessHandle> processes) {
        List<String> command = new ArrayList<>(List.of("kill", "-KILL"));
        processes.forEach(p -> command.add(String.valueOf(p.pid())));
        try {
            Process kill = new ProcessBuilder(command).inheritIO().start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS)).as("kill finished").isTrue();
            for (ProcessHandle p : processes) {
                p.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not kill " + command, e);
        }
    }
}
