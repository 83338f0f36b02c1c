package com.lockvue.bootstrap.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds the tokens an attacker would try, starting from a genuine one: the same claims re-signed with the
 * server's own test key (so that only the changed claim makes it invalid), with a key the server does not know,
 * with {@code alg: none}, with HS256 keyed by the server's public key, or with a byte flipped after signing.
 */
public final class ForgedTokens {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SECRETS = Path.of("target", "test-secrets");
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private ForgedTokens() {
    }

    public static Map<String, Object> claimsOf(String token) {
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
            return JSON.readValue(payload, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The genuine token's claims changed by {@code change}, signed ES256 with the server's key. */
    public static String resigned(String genuine, UnaryOperator<Map<String, Object>> change) {
        return es256(change.apply(claimsOf(genuine)), serverPrivateKey());
    }

    public static String expired(String genuine) {
        long now = Instant.now().getEpochSecond();
        return resigned(genuine, c -> with(c, Map.of("iat", now - 7200, "exp", now - 3600)));
    }

    public static String wrongIssuer(String genuine) {
        return resigned(genuine, c -> with(c, Map.of("iss", "https://attacker.example")));
    }

    public static String withGroups(String genuine, String... groups) {
        return resigned(genuine, c -> with(c, Map.of("groups", java.util.List.of(groups))));
    }

    /** Valid signature from a fresh P-256 key the server has never seen. */
    public static String unknownKey(String genuine) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return es256(claimsOf(genuine), generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String algNone(String genuine) {
        return header("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload(claimsOf(genuine)) + ".";
    }

    /** The classic key-confusion attack: HS256 with the server's public key (PEM text) as the HMAC secret. */
    public static String hs256WithPublicKey(String genuine) {
        try {
            byte[] secret = Files.readAllBytes(SECRETS.resolve("jwt-public-key.pem"));
            String signingInput = header("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + payload(claimsOf(genuine));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Flips one bit of the decoded payload (part 1) or signature (part 2), keeping the rest as signed. */
    public static String flipped(String genuine, int part, int byteIndex) {
        String[] parts = genuine.split("\\.");
        byte[] bytes = Base64.getUrlDecoder().decode(parts[part]);
        bytes[Math.floorMod(byteIndex, bytes.length)] ^= 0x01;
        parts[part] = B64.encodeToString(bytes);
        return String.join(".", parts);
    }

    private static Map<String, Object> with(Map<String, Object> claims, Map<String, Object> changes) {
        Map<String, Object> copy = new LinkedHashMap<>(claims);
        copy.putAll(changes);
        return copy;
    }

    private static String es256(Map<String, Object> claims, PrivateKey key) {
        try {
            String signingInput = header("{\"alg\":\"ES256\",\"typ\":\"JWT\"}") + "." + payload(claims);
            Signature signer = Signature.getInstance("SHA256withECDSAinP1363Format");
            signer.initSign(key);
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey serverPrivateKey() {
        try {
            String pem = Files.readString(SECRETS.resolve("jwt-private-key.pem"));
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String payload(Map<String, Object> claims) {
        try {
            return B64.encodeToString(JSON.writeValueAsBytes(claims));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
