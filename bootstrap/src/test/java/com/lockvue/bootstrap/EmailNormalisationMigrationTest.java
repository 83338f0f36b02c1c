package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.lockvue.bootstrap.support.Api;
import com.lockvue.bootstrap.support.Owner;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The changeset 004-email-normalisation brings emails stored before NFC comparison to their canonical form, so their
 * owners can still log in, and leaves alone a row whose canonical form another account already has. Liquibase ran
 * it at start on an empty table; here it runs again over rows written as an older version would have.
 */
@QuarkusTest
class EmailNormalisationMigrationTest {
    @Inject
    DataSource dataSource;

    @Test
    void anEmailStoredDecomposedIsComposedAndItsOwnerCanLogInWithEitherForm() throws Exception {
        String local = "zoe" + UUID.randomUUID().toString().substring(0, 8);
        String composed = local + "\u00EB@example.com";
        String decomposed = local + "e\u0308@example.com";
        signUp(composed);
        setStoredEmail(composed, decomposed);
        logIn(composed, 401);

        runChangeset();

        assertThat(storedEmails(local)).containsExactly(composed);
        logIn(composed, 200);
        logIn(decomposed, 200);
    }

    @Test
    void aRowWhoseCanonicalFormIsTakenIsLeftAsItWas() throws Exception {
        String local = "ana" + UUID.randomUUID().toString().substring(0, 8);
        String composed = local + "\u00EFs@example.com";
        String decomposedTwin = local + "i\u0308s@example.com";
        signUp(composed);
        signUp(local + "-twin@example.com");
        setStoredEmail(local + "-twin@example.com", decomposedTwin);

        runChangeset();

        assertThat(storedEmails(local)).containsExactlyInAnyOrder(composed, decomposedTwin);
        logIn(composed, 200);
    }

    private static void signUp(String email) {
        new Api().anonymous().body(Map.of("accountName", "Legacy", "email", email, "password", Owner.PASSWORD))
                .post("/api/v1/accounts").then().statusCode(201);
    }

    private static void logIn(String email, int expectedStatus) {
        new Api().unchecked().contentType("application/json").body(Map.of("email", email, "password", Owner.PASSWORD))
                .post("/api/v1/auth/login").then().statusCode(expectedStatus);
    }

    private void setStoredEmail(String from, String to) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("UPDATE users SET email = ? WHERE email = ?")) {
            update.setString(1, to);
            update.setString(2, from);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private java.util.List<String> storedEmails(String prefix) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement("SELECT email FROM users WHERE email LIKE ? ORDER BY email")) {
            query.setString(1, prefix + "%");
            java.util.List<String> emails = new java.util.ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    emails.add(rows.getString(1));
                }
            }
            return emails;
        }
    }

    private void runChangeset() throws SQLException, IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/changelog/004-email-normalisation.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("--")).collect(Collectors.joining("\n"));
        }
        try (Connection c = dataSource.getConnection(); var statement = c.createStatement()) {
            statement.execute(sql);
        }
    }
}
