package com.lockvue.lockverifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The lock's signature check against Project Wycheproof (C2SP/wycheproof, Apache 2.0), file
 * testvectors_v1/ecdsa_secp256r1_sha256_p1363_test.json; which part is included is in
 * src/test/resources/wycheproof/README.md.
 */
class WycheproofSignatureTest {

    private static final String VECTORS = "/wycheproof/ecdsa_secp256r1_sha256_p1363_subset.json";
    private static final Pattern KEY_OR_TEST = Pattern.compile(
            "\"uncompressed\" : \"(?<key>[0-9a-f]+)\""
                    + "|\"tcId\" : (?<id>\\d+), \"comment\" : \"(?<comment>[^\"]*)\".*?"
                    + "\"msg\" : \"(?<msg>[0-9a-f]*)\", \"sig\" : \"(?<sig>[0-9a-f]*)\", \"result\" : \"(?<result>\\w+)\"");

    private record Vector(int tcId, String comment, PublicKey key, byte[] msg, byte[] sig, String result) {
    }

    @TestFactory
    List<DynamicTest> everyIncludedVectorGetsTheExpectedVerdict() throws Exception {
        List<Vector> vectors = load();
        assertThat(vectors).as("all 50 tests of the included groups were read").hasSize(50);
        assertThat(vectors).extracting(Vector::result).containsOnly("valid", "invalid");
        return vectors.stream().map(v -> DynamicTest.dynamicTest("tcId " + v.tcId() + " " + v.comment(), () ->
                assertThat(Es256Signature.verify(v.key(), v.msg(), v.sig()))
                        .as("tcId %d (%s)", v.tcId(), v.comment()).isEqualTo(v.result().equals("valid"))))
                .toList();
    }

    /**
     * Individual cases of the first (not included) group, key 042927b1...41513e, message "123400": a valid
     * high-S signature that must stay valid (the protocol does not require low-S), and signatures that must not.
     */
    @Test
    void selectedCasesOfTheFirstGroup() throws Exception {
        PublicKey key = uncompressed("042927b10512bae3eddcfe467828128bad2903269919f7086069c8c4df6c732838"
                + "c7787964eaac00e5921fb1498a60f4606766b3d9685001558d1a974e7341513e");
        byte[] msg = HexFormat.of().parseHex("313233343030");
        String n = "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551";
        String zero = "0".repeat(64);
        String one = "0".repeat(63) + "1";

        // tcId 1: valid.
        assertThat(verify(key, msg, "2ba3a8be6b94d5ec80a6d9d1190a436effe50d85a1eee859b8cc6af9bd5c2e18"
                + "4cd60b855d442f5b3c7b11eb6c4e0ae7525fe710fab9aa7c77a67f79e6fadd76")).isTrue();
        // tcId 2: r replaced by r + n, which makes the signature 66 bytes long.
        assertThat(verify(key, msg, "012ba3a8bd6b94d5ed80a6d9d1190a436ebccc0833490686deac8635bcb9bf5369"
                + "00b329f479a2bbd0a5c384ee1493b1f5186a87139cac5df4087c134b49156847db")).isFalse();
        // tcId 4: r replaced by n - r.
        assertThat(verify(key, msg, "d45c5740946b2a147f59262ee6f5bc90bd01ed280528b62b3aed5fc93f06f739"
                + "b329f479a2bbd0a5c384ee1493b1f5186a87139cac5df4087c134b49156847db")).isFalse();
        // tcId 11, 13, 19, 25: r and s of 0, 1 and n (CVE-2022-21449 and relatives).
        assertThat(verify(key, msg, zero + zero)).isFalse();
        assertThat(verify(key, msg, zero + n)).isFalse();
        assertThat(verify(key, msg, one + one)).isFalse();
        assertThat(verify(key, msg, n + zero)).isFalse();
    }

    private static boolean verify(PublicKey key, byte[] msg, String sigHex) {
        return Es256Signature.verify(key, msg, HexFormat.of().parseHex(sigHex));
    }

    private static List<Vector> load() throws IOException, GeneralSecurityException {
        String json;
        try (InputStream in = WycheproofSignatureTest.class.getResourceAsStream(VECTORS)) {
            assertThat(in).as(VECTORS).isNotNull();
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Vector> vectors = new ArrayList<>();
        PublicKey key = null;
        Matcher m = KEY_OR_TEST.matcher(json);
        while (m.find()) {
            if (m.group("key") != null) {
                key = uncompressed(m.group("key"));
            } else {
                vectors.add(new Vector(Integer.parseInt(m.group("id")), m.group("comment"), key,
                        HexFormat.of().parseHex(m.group("msg")), HexFormat.of().parseHex(m.group("sig")),
                        m.group("result")));
            }
        }
        return vectors;
    }

    /** SEC 1 uncompressed point 04 || X || Y to a JDK public key. */
    static PublicKey uncompressed(String hex) throws GeneralSecurityException {
        byte[] point = HexFormat.of().parseHex(hex);
        assertThat(point).hasSize(65);
        assertThat(point[0]).isEqualTo((byte) 4);
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec p256 = parameters.getParameterSpec(ECParameterSpec.class);
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(
                new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(point, 33, 65))), p256));
    }
}
