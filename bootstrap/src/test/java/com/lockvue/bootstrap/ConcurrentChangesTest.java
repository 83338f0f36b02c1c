package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.lockvue.bootstrap.support.DatabaseState;
import com.lockvue.bootstrap.support.Owner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Races: many clients share, re-share, revoke and delete on the same few locks and codes at once. Whatever the
 * interleaving, the end state is consistent: no duplicate permission, none left on a deleted code, no 5xx, and
 * every change that was answered 2xx is in the audit trail.
 */
@QuarkusTest
class ConcurrentChangesTest {
    private static final int THREADS = 8;
    private static final int OPERATIONS_PER_THREAD = 40;

    @Inject
    DataSource dataSource;

    @Test
    void concurrentSharesRevokesAndDeletesEndConsistent() throws Exception {
        Owner owner = Owner.signUp().enableUniqueCodes();
        List<String> locks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            locks.add(owner.activateLock("Race door " + i));
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            codes.add(owner.createCode("Race code " + i).getString("id"));
        }
        Set<String> granted = ConcurrentHashMap.newKeySet();
        Set<String> revoked = ConcurrentHashMap.newKeySet();
        Set<String> deleted = ConcurrentHashMap.newKeySet();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<java.util.concurrent.Future<Object>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            long seed = 1000L + t;
            workers.add(pool.submit(() -> {
                Random random = new Random(seed);
                start.await();
                for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                    int pick = random.nextInt(100);
                    String code = codes.get(random.nextInt(codes.size()));
                    Response answer;
                    if (pick < 55) {
                        List<String> some = new ArrayList<>(locks);
                        Collections.shuffle(some, random);
                        answer = owner.api.unchecked(owner.token).contentType("application/json")
                                .body(Map.of("lockIds", some.subList(0, 1 + random.nextInt(some.size())),
                                        "recipient", Map.of("type", "UNIQUE_CODE", "uniqueCodeId", code),
                                        "level", random.nextBoolean() ? "RESTRICTED" : "MAINTENANCE"))
                                .post("/api/v1/permissions");
                        if (answer.statusCode() == 200) {
                            granted.addAll(answer.jsonPath().getList("items.id"));
                        }
                    } else if (pick < 95) {
                        List<String> current = owner.api.unchecked(owner.token)
                                .get("/api/v1/permissions?limit=200&uniqueCodeId=" + code).jsonPath().getList("items.id");
                        if (current == null || current.isEmpty()) {
                            continue;
                        }
                        String permission = current.get(random.nextInt(current.size()));
                        answer = owner.api.unchecked(owner.token).delete("/api/v1/permissions/" + permission);
                        if (answer.statusCode() == 204) {
                            revoked.add(permission);
                        }
                    } else {
                        answer = owner.api.unchecked(owner.token).delete("/api/v1/unique-codes/" + code);
                        if (answer.statusCode() == 204) {
                            deleted.add(code);
                        }
                    }
                    int status = answer.statusCode();
                    if (!(status == 200 || status == 204 || status == 404)) {
                        wrong.add(status + " " + answer.asString());
                    }
                }
                return null;
            }));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
        for (var worker : workers) {
            worker.get(); // a client that failed outright fails the test
        }

        assertThat(wrong).as("answers other than 200/204/404").isEmpty();
        UUID account = UUID.fromString(owner.accountId);
        assertThat(DatabaseState.count(dataSource, "SELECT count(*) FROM (SELECT lock_id, recipient_id FROM permissions"
                + " WHERE account_id = ? GROUP BY 1, 2 HAVING count(*) > 1) d", account)).as("duplicates").isZero();
        assertThat(DatabaseState.count(dataSource, "SELECT count(*) FROM permissions p JOIN unique_codes c"
                + " ON c.id = p.recipient_id WHERE p.account_id = ? AND c.deleted_at IS NOT NULL", account))
                .as("permissions left on deleted codes").isZero();
        assertThat(DatabaseState.count(dataSource, "SELECT count(*) FROM unique_codes WHERE account_id = ?"
                + " AND deleted_at IS NOT NULL", account)).isEqualTo(deleted.size());
        for (String permission : granted) {
            assertThat(events("PERMISSION_GRANTED", "permission_id", permission)).as("grant of " + permission)
                    .isEqualTo(1);
        }
        for (String permission : revoked) {
            assertThat(events("PERMISSION_REVOKED", "permission_id", permission)).as("revocation of " + permission)
                    .isEqualTo(1);
        }
        for (String code : deleted) {
            assertThat(events("UNIQUE_CODE_DELETED", "unique_code_id", code)).isEqualTo(1);
        }
        // Every permission still stored is one that a 200 answer reported.
        assertThat(granted).containsAll(owner.api.unchecked(owner.token).get("/api/v1/permissions?limit=200")
                .jsonPath().<String>getList("items.id"));
    }

    private long events(String action, String column, String id) {
        return DatabaseState.count(dataSource, "SELECT count(*) FROM audit_events WHERE action = ? AND outcome = 'SUCCESS'"
                + " AND " + column + " = ?", action, UUID.fromString(id));
    }
}
