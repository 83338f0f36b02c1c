package bench.lean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.util.BigIntegers;

/**
 * The product's code-session JWTs. Signing as its Es256TokenSigner does (BouncyCastle low-level ECDSA, RFC 6979
 * nonces, header {"alg":"ES256","typ":"JWT"}) with the claims its TokenIssuer.forCodeSession writes, in its order:
 * iss, sub (the code id), jti, iat, exp, groups ["code-session"], acct (account id), dev (device id).
 *
 * <p>Verifying as SmallRye JWT with the product's CachingJwtParser in front: ES256 signature with the public key,
 * issuer, expiry (5 s clock skew, the product's mp.jwt.verify.clock.skew), then the verified token is remembered
 * by its exact string until it expires (bounded; cleared when full). The product also requires the
 * "code-session" group for these endpoints; so does this.
 */
final class SessionTokens {
    record Session(UUID codeId, UUID accountId, String deviceId, Instant usableUntil) {
    }

    private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");
    private static final ECDomainParameters DOMAIN =
            new ECDomainParameters(P256.getCurve(), P256.getG(), P256.getN(), P256.getH());
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64URL_DECODER = Base64.getUrlDecoder();
    private static final String HEADER = B64URL.encodeToString("{\"alg\":\"ES256\",\"typ\":\"JWT\"}"
            .getBytes(StandardCharsets.UTF_8));
    private static final int CAPACITY = 10_000;
    private static final long CLOCK_SKEW_SECONDS = 5;

    private final ObjectMapper json;
    private final ECPrivateKeyParameters signingKey;
    private final ECPublicKey verifyKey;
    private final String issuer;
    private final Map<String, Session> verified = new ConcurrentHashMap<>();

    SessionTokens(ObjectMapper json, ECPrivateKey privateKey, ECPublicKey publicKey, String issuer) {
        this.json = json;
        this.signingKey = new ECPrivateKeyParameters(privateKey.getS(), DOMAIN);
        this.verifyKey = publicKey;
        this.issuer = issuer;
    }

    /** The session of an {@code Authorization} header's bearer token, or null when it is not a valid one. */
    Session verify(String authorization, Instant now) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).strip();
        Session hit = verified.get(token);
        if (hit != null) {
            if (now.isBefore(hit.usableUntil())) {
                return hit;
            }
            verified.remove(token, hit);
        }
        Session session = verifyFully(token, now);
        if (session != null && now.isBefore(session.usableUntil())) {
            if (verified.size() >= CAPACITY) {
                verified.values().removeIf(s -> !now.isBefore(s.usableUntil()));
                if (verified.size() >= CAPACITY - CAPACITY / 10) {
                    verified.clear();
                }
            }
            verified.put(token, session);
        }
        return session;
    }

    private Session verifyFully(String token, Instant now) {
        try {
            int first = token.indexOf('.');
            int second = token.indexOf('.', first + 1);
            if (first < 0 || second < 0 || token.indexOf('.', second + 1) >= 0) {
                return null;
            }
            JsonNode header = json.readTree(B64URL_DECODER.decode(token.substring(0, first)));
            if (!"ES256".equals(header.path("alg").asText())) {
                return null;
            }
            byte[] signature = B64URL_DECODER.decode(token.substring(second + 1));
            if (signature.length != 64) {
                return null;
            }
            Signature ecdsa = Signature.getInstance("SHA256withECDSAinP1363Format");
            ecdsa.initVerify(verifyKey);
            ecdsa.update(token.substring(0, second).getBytes(StandardCharsets.US_ASCII));
            if (!ecdsa.verify(signature)) {
                return null;
            }
            JsonNode claims = json.readTree(B64URL_DECODER.decode(token.substring(first + 1, second)));
            long exp = claims.path("exp").asLong(0);
            if (!issuer.equals(claims.path("iss").asText()) || exp == 0
                    || now.getEpochSecond() > exp + CLOCK_SKEW_SECONDS) {
                return null;
            }
            boolean codeSession = false;
            for (JsonNode group : claims.path("groups")) {
                codeSession |= "code-session".equals(group.asText());
            }
            String device = claims.path("dev").asText(null);
            if (!codeSession || device == null) {
                return null;
            }
            return new Session(UUID.fromString(claims.path("sub").asText()),
                    UUID.fromString(claims.path("acct").asText()), device, Instant.ofEpochSecond(exp));
        } catch (Exception notValid) {
            return null;
        }
    }

    /** A code-session token, as TokenIssuer.forCodeSession writes it. */
    String sign(UUID codeId, UUID accountId, String deviceId, Instant issuedAt, Instant expiresAt) {
        ObjectNode claims = json.createObjectNode();
        claims.put("iss", issuer);
        claims.put("sub", codeId.toString());
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("exp", expiresAt.getEpochSecond());
        claims.putArray("groups").add("code-session");
        claims.put("acct", accountId.toString());
        claims.put("dev", deviceId);
        String signingInput;
        try {
            signingInput = HEADER + "." + B64URL.encodeToString(json.writeValueAsBytes(claims));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        byte[] input = signingInput.getBytes(StandardCharsets.US_ASCII);
        SHA256Digest sha256 = new SHA256Digest();
        sha256.update(input, 0, input.length);
        byte[] digest = new byte[32];
        sha256.doFinal(digest, 0);
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, signingKey);
        BigInteger[] rs = signer.generateSignature(digest);
        byte[] signature = new byte[64];
        BigIntegers.asUnsignedByteArray(rs[0], signature, 0, 32);
        BigIntegers.asUnsignedByteArray(rs[1], signature, 32, 32);
        return signingInput + "." + B64URL.encodeToString(signature);
    }
}
