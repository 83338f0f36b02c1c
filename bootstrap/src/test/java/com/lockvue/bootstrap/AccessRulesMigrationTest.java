package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.Test;

/**
 * The access-rules changesets keep stored codes as they were: a database at the version before them, with a code in
 * it, is migrated in a schema of its own on the test PostgreSQL, and the code then starts when it was created, at
 * any time, without limits.
 */
@QuarkusTest
class AccessRulesMigrationTest {
    private static final String MASTER = "db/changelog/db.changelog-master.yaml";
    private static final String RULES = "db/changelog/010-access-rules.sql";

    @Inject
    DataSource dataSource;

    @Test
    @SuppressWarnings("deprecation")
    void codesStoredBeforeTheAccessRulesKeepTheirMeaning() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS before_rules CASCADE");
            sql.execute("CREATE SCHEMA before_rules");
            sql.execute("SET search_path TO before_rules");
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDefaultSchemaName("before_rules");
            Liquibase liquibase = new Liquibase(MASTER, new ClassLoaderResourceAccessor(), database);
            liquibase.update(changesetsBefore010(), new Contexts(), new LabelExpression());

            sql.execute("INSERT INTO accounts (id, name, unique_codes_enabled, time_zone, created_at, version)"
                    + " VALUES ('11111111-1111-4111-8111-111111111111', 'Old', true, 'UTC', '2026-01-01T00:00:00Z', 0)");
            sql.execute("INSERT INTO unique_codes (id, account_id, code_hmac, code_ciphertext, description, created_at,"
                    + " expires_at, version) VALUES ('22222222-2222-4222-8222-222222222222',"
                    + " '11111111-1111-4111-8111-111111111111', '\\x01', '\\x02', 'Old code', '2026-01-02T10:00:00Z',"
                    + " '2026-03-01T00:00:00Z', 3)");
            liquibase.update(new Contexts(), new LabelExpression());

            try (ResultSet row = sql.executeQuery("SELECT starts_at = created_at, effective_expires_at = expires_at,"
                    + " weekly_windows, max_unlocks, minutes_after_first_unlock, unlocks_used, suspended_at, version"
                    + " FROM unique_codes")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getBoolean(1)).as("starts when it was created").isTrue();
                assertThat(row.getBoolean(2)).as("expires when it did").isTrue();
                assertThat(row.getString(3)).as("at any time").isEmpty();
                assertThat(row.getObject(4)).isNull();
                assertThat(row.getObject(5)).isNull();
                assertThat(row.getInt(6)).isZero();
                assertThat(row.getObject(7)).isNull();
                assertThat(row.getLong(8)).as("its entity tag is untouched").isEqualTo(3);
            }
            sql.execute("SET search_path TO public");
            sql.execute("DROP SCHEMA before_rules CASCADE");
        }
    }

    /** How many changesets the master list holds before the access-rules file. */
    private static int changesetsBefore010() throws IOException {
        String master = read(MASTER);
        Matcher file = Pattern.compile("file: (\\S+)").matcher(master);
        int count = 0;
        while (file.find() && !file.group(1).equals(RULES)) {
            count += (int) read(file.group(1)).lines().filter(l -> l.startsWith("--changeset")).count();
        }
        return count;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = AccessRulesMigrationTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
