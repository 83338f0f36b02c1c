package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.lockvue.bootstrap.support.Owner;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Codes are stored as a keyed hash (lookup) and AES-GCM ciphertext (display), never in clear. */
@QuarkusTest
class CodeStorageTest {
    @Inject
    EntityManager db;

    @Test
    void theOwnerSeesTheCodeAgainButNoColumnHoldsItInClear() {
        Owner owner = Owner.signUp().enableUniqueCodes();
        JsonPath code = owner.createCode("Stored");
        String canonical = code.getString("code").replace("-", "");
        owner.request().get("/api/v1/unique-codes/" + code.getString("id")).then().statusCode(200)
                .body("code", equalTo(code.getString("code")));

        Object[] row = (Object[]) db.createNativeQuery(
                        "select code_hmac, code_ciphertext, description from unique_codes where id = cast(?1 as uuid)")
                .setParameter(1, code.getString("id")).getSingleResult();
        byte[] hmac = (byte[]) row[0];
        byte[] ciphertext = (byte[]) row[1];
        assertThat(hmac).hasSize(32);
        assertThat(ciphertext.length).isEqualTo(12 + canonical.length() + 16);
        for (byte[] stored : List.of(hmac, ciphertext)) {
            assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(canonical);
        }
        @SuppressWarnings("unchecked")
        List<String> auditText = db.createNativeQuery(
                        "select coalesce(reason, '') from audit_events where unique_code_id = cast(?1 as uuid)")
                .setParameter(1, code.getString("id")).getResultList();
        assertThat(auditText).noneMatch(text -> text.contains(canonical));
    }

    @Test
    @io.quarkus.test.TestTransaction
    void theAuditTrailIsAppendOnlyInTheDatabaseItself() {
        Owner.signUp();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.createNativeQuery("delete from audit_events")
                .executeUpdate()).hasStackTraceContaining("append-only");
    }
}
