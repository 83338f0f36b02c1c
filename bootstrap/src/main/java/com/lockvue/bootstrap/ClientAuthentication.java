package com.lockvue.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Who may connect to the embedded PostgreSQL, written to {@code pg_hba.conf} before every start: the superuser with
 * its password (SCRAM), over TCP from loopback, and nobody else. Folders made by earlier versions trusted every local
 * connection; {@link #upgrade} moves them to a password once, keeping their data.
 */
final class ClientAuthentication {
    private static final Logger LOG = Logger.getLogger(ClientAuthentication.class);
    private static final String HBA_FILE = "pg_hba.conf";
    private static final String HEADER = "# Written by LockVue at every start of its embedded PostgreSQL; edits are lost.\n";
    static final String PASSWORD_ONLY = HEADER
            + "host all all 127.0.0.1/32 scram-sha-256\n"
            + "host all all ::1/128 scram-sha-256\n";
    /** For the few moments of an upgrade: the superuser alone, on loopback, to set the password it lacks. */
    private static final String UPGRADING = HEADER
            + "host postgres postgres 127.0.0.1/32 trust\n"
            + "host postgres postgres ::1/128 trust\n";
    private static final long TRUST_GONE_BOUND_MILLIS = 10_000;

    private ClientAuthentication() {
    }

    /** Whether the folder's pg_hba.conf lets anyone in without a password (a folder of an earlier version). */
    static boolean trustsAnyone(Path dataDirectory) throws IOException {
        Path hba = dataDirectory.resolve(HBA_FILE);
        if (!Files.exists(hba)) {
            return false;
        }
        return Files.readAllLines(hba).stream()
                .map(line -> line.replaceFirst("#.*", "").trim())
                .filter(line -> !line.isEmpty())
                .anyMatch(line -> line.matches("(?i).*\\s(trust|peer|ident)(\\s.*)?"));
    }

    static void writePasswordOnly(Path dataDirectory) throws IOException {
        write(dataDirectory, PASSWORD_ONLY);
    }

    static void writeForUpgrade(Path dataDirectory) throws IOException {
        write(dataDirectory, UPGRADING);
    }

    /**
     * On a server started with {@link #writeForUpgrade}: gives the superuser its password, then allows password
     * logins only and waits until the running server has taken that in. The password reaches the server as a
     * SCRAM verifier computed here, so no statement or log holds it.
     */
    static void upgrade(Path dataDirectory, String jdbcUrl, String user, String password) throws IOException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            c.unwrap(PGConnection.class).alterUserPassword(user, password.toCharArray(), "scram-sha-256");
        } catch (SQLException e) {
            throw new IOException("Could not set the password of the embedded PostgreSQL's superuser", e);
        }
        writePasswordOnly(dataDirectory);
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not reload the embedded PostgreSQL's configuration", e);
        }
        awaitTrustGone(jdbcUrl, user);
        LOG.infof("The embedded PostgreSQL in %s now requires a password (it trusted every local connection before)",
                dataDirectory);
    }

    /** pg_reload_conf() only signals the postmaster: wait until a connection without a password is refused. */
    private static void awaitTrustGone(String jdbcUrl, String user) throws IOException {
        long deadline = System.currentTimeMillis() + TRUST_GONE_BOUND_MILLIS;
        Properties withoutPassword = new Properties();
        withoutPassword.setProperty("user", user);
        while (true) {
            try (Connection ignored = DriverManager.getConnection(jdbcUrl, withoutPassword)) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IOException("The embedded PostgreSQL still accepts connections without a password");
                }
            } catch (SQLException refused) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while waiting for the new authentication rules", e);
            }
        }
    }

    private static void write(Path dataDirectory, String content) throws IOException {
        Path hba = dataDirectory.resolve(HBA_FILE);
        Path next = dataDirectory.resolve(HBA_FILE + ".new");
        Files.deleteIfExists(next);
        try {
            Files.createFile(next, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(next);
        }
        Files.writeString(next, content);
        Files.move(next, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
