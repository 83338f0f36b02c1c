package com.lockvue.adapter.password;

import static org.assertj.core.api.Assertions.assertThat;

import com.lockvue.domain.account.Password;
import io.quarkus.elytron.security.common.BcryptUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Argon2idPasswordHasherTest {
    /** Cheap parameters for speed; the OWASP ones are checked once below. */
    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(new Argon2Cost(64, 1, 1));

    private static Password typed(String text) {
        return Password.typed(text, "/password");
    }

    /**
     * Hashes made by another implementation, hash-wasm 4.13.0 (npm), with the salt "lockvue-salt-016": ours must
     * accept them, which pins the derivation, the PHC layout and the base64 variant to the reference.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "correct horse battery|$argon2id$v=19$m=19456,t=2,p=1$bG9ja3Z1ZS1zYWx0LTAxNg$Uit58lpbJt5hcW+dpH/KqAY7/+UwlljPXdVxRl/qDSc",
        "caf\u00e9 au lait 42|$argon2id$v=19$m=64,t=3,p=2$bG9ja3Z1ZS1zYWx0LTAxNg$oy8KiBeLZMgoM/4T+9pwN8pKzHnc4z6vPo+7Pix6oj4"})
    void verifiesHashesOfAnIndependentImplementation(String password, String reference) {
        assertThat(hasher.matches(typed(password), reference)).isTrue();
        assertThat(hasher.matches(typed(password + "!"), reference)).isFalse();
    }

    @Test
    void productionCostIsOwaspsAndRoundTrips() {
        Argon2idPasswordHasher owasp = new Argon2idPasswordHasher(Argon2Cost.OWASP);
        String hash = owasp.hash(typed("correct horse battery"));
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(owasp.matches(typed("correct horse battery"), hash)).isTrue();
        assertThat(owasp.needsRehash(hash)).isFalse();
    }

    @Test
    void saltsEveryHash() {
        assertThat(hasher.hash(typed("correct horse battery"))).isNotEqualTo(hasher.hash(typed("correct horse battery")));
    }

    @Test
    void hasNoSeventyTwoByteCutOff() {
        String long1 = "x".repeat(100) + "a";
        String long2 = "x".repeat(100) + "b";
        String hash = hasher.hash(typed(long1));
        assertThat(hasher.matches(typed(long2), hash)).isFalse();
        assertThat(hasher.matches(typed(long1), hash)).isTrue();
    }

    @Test
    void comparesTheNfkcForm() {
        String hash = hasher.hash(typed("caf\u00e9 au lait 42"));
        assertThat(hasher.matches(typed("cafe\u0301 au lait 42"), hash)).isTrue();
    }

    @Test
    void bcryptHashesOfEarlierVersionsStillVerifyAndAskForARehash() {
        String legacy = BcryptUtil.bcryptHash("correct horse battery", 4);
        assertThat(hasher.matches(typed("correct horse battery"), legacy)).isTrue();
        assertThat(hasher.matches(typed("correct horse batterY"), legacy)).isFalse();
        assertThat(hasher.needsRehash(legacy)).isTrue();
    }

    @Test
    void aHashWithOtherParametersAsksForARehash() {
        String cheaper = new Argon2idPasswordHasher(new Argon2Cost(32, 1, 1)).hash(typed("correct horse battery"));
        assertThat(hasher.matches(typed("correct horse battery"), cheaper)).isTrue();
        assertThat(hasher.needsRehash(cheaper)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "garbage", "$argon2id$v=19$m=64,t=1,p=1$bm9wZQ", "$argon2id$v=19$x=1$AA$AA",
            "$argon2i$v=19$m=64,t=1,p=1$bG9ja3Z1ZS1zYWx0$AAAAAAAAAAAAAAAAAAAAAA", "$2a$04$tooShort"})
    void malformedHashesNeverMatch(String stored) {
        assertThat(hasher.matches(typed("correct horse battery"), stored)).isFalse();
        assertThat(hasher.needsRehash(stored)).isTrue();
    }

    @Test
    void theDecoyMatchesNothingAnyoneTypes() {
        assertThat(hasher.decoyHash()).startsWith("$argon2id$");
        assertThat(hasher.matches(typed("correct horse battery"), hasher.decoyHash())).isFalse();
    }

    @Test
    void atMostTheGivenNumberOfHashesRunAtOnce() throws Exception {
        // 4 MiB and 3 passes: long enough for eight threads to overlap if nothing held them back.
        Argon2idPasswordHasher two = new Argon2idPasswordHasher(new Argon2Cost(4096, 3, 1), 2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<String>> hashes = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                hashes.add(pool.submit(() -> two.hash(typed("correct horse battery"))));
            }
            for (java.util.concurrent.Future<String> hash : hashes) {
                assertThat(hash.get()).startsWith("$argon2id$");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(two.peakConcurrency()).isBetween(1, 2);
    }
}
