package com.lockvue.adapter.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jose4j.json.JsonUtil;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

class Es256TokenSignerTest {
    private static final KeyPair P256 = keyPair("secp256r1");

    private static JwtClaims claims() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("lockvue-unique-codes");
        claims.setSubject("0190f1c2-7a5e-7c3b-9d2e-4f6a8b0c1d2e");
        claims.setStringListClaim("groups", List.of("code-session"));
        claims.setClaim("dev", "phone-1 ü");
        return claims;
    }

    @Test
    void the_token_verifies_with_the_jdk_and_with_jose4j_and_carries_the_claims() throws Exception {
        String token = new Es256TokenSigner((ECPrivateKey) P256.getPrivate(), Optional.empty()).sign(claims());
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);

        // The JDK's own ES256 verifier (signature as JWS's raw R || S, i.e. P1363).
        Signature jdk = Signature.getInstance("SHA256withECDSAinP1363Format");
        jdk.initVerify(P256.getPublic());
        jdk.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(Base64.getUrlDecoder().decode(parts[2])).hasSize(64);
        assertThat(jdk.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

        // An independent JOSE implementation agrees, and reads the claims back.
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(token);
        jws.setKey(P256.getPublic());
        assertThat(jws.verifySignature()).isTrue();
        assertThat(jws.getAlgorithmHeaderValue()).isEqualTo(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        JwtClaims read = JwtClaims.parse(jws.getPayload());
        assertThat(read.getSubject()).isEqualTo("0190f1c2-7a5e-7c3b-9d2e-4f6a8b0c1d2e");
        assertThat(read.getStringListClaimValue("groups")).containsExactly("code-session");
        assertThat(read.getStringClaimValue("dev")).isEqualTo("phone-1 ü");
        assertThat(JsonUtil.parseJson(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)))
                .isEqualTo(Map.of("alg", "ES256", "typ", "JWT"));
        assertThat(CachingJwtParser.canonical(token)).as("the verified-token cache can keep the tokens we issue").isTrue();
    }

    @Test
    void a_changed_byte_of_the_payload_no_longer_verifies() throws Exception {
        String token = new Es256TokenSigner((ECPrivateKey) P256.getPrivate(), Optional.empty()).sign(claims());
        String[] parts = token.split("\\.");
        byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
        payload[3] ^= 1;
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + "." + parts[2];

        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(tampered);
        jws.setKey(P256.getPublic());
        assertThat(jws.verifySignature()).isFalse();
    }

    @Test
    void signatures_are_deterministic_per_rfc_6979_and_name_the_key_when_an_id_is_set() throws Exception {
        var signer = new Es256TokenSigner((ECPrivateKey) P256.getPrivate(), Optional.of("key-2026"));
        String first = signer.sign(claims());
        assertThat(signer.sign(claims())).isEqualTo(first);

        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(first);
        assertThat(jws.getKeyIdHeaderValue()).isEqualTo("key-2026");
    }

    @Test
    void a_key_on_another_curve_is_refused_at_start_up() {
        ECPrivateKey p384 = (ECPrivateKey) keyPair("secp384r1").getPrivate();
        assertThatThrownBy(() -> new Es256TokenSigner(p384, Optional.empty()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("P-256");
    }

    private static KeyPair keyPair(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
