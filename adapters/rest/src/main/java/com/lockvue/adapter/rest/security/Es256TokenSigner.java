package com.lockvue.adapter.rest.security;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.interfaces.ECPrivateKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.util.BigIntegers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwt.JwtClaims;

/**
 * Signs the server's JWTs (JWS compact serialization, ES256) with a key read once at start-up.
 *
 * <p>SmallRye JWT's builder reads and decodes the key from its configured location on every call and signs with
 * the JDK's P-256 code; together that was most of the CPU of a code login (docs/benchmarks.md). Here the key is
 * read once, from the same settings ({@code smallrye.jwt.sign.key.location}, or the PEM in
 * {@code smallrye.jwt.sign.key}; {@code smallrye.jwt.sign.key.id} becomes the {@code kid} header), and signed with
 * BouncyCastle's P-256 arithmetic and RFC 6979 deterministic nonces through its low-level API (no JCA provider is
 * registered). The output is an ordinary ES256 JWS that SmallRye JWT, or any JOSE library, verifies with the
 * public key.
 */
@Startup // a missing or unusable key stops the start, not the first login
@ApplicationScoped
public class Es256TokenSigner {
    private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");
    private static final ECDomainParameters DOMAIN =
            new ECDomainParameters(P256.getCurve(), P256.getG(), P256.getN(), P256.getH());
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final ECPrivateKeyParameters key;
    private final String encodedHeader;

    @Inject
    public Es256TokenSigner(@ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> keyLocation,
            @ConfigProperty(name = "smallrye.jwt.sign.key") Optional<String> keyPem,
            @ConfigProperty(name = "smallrye.jwt.sign.key.id") Optional<String> keyId) {
        this(readKey(keyLocation, keyPem, keyId), keyId);
    }

    Es256TokenSigner(ECPrivateKey privateKey, Optional<String> keyId) {
        BigInteger d = privateKey.getS();
        if (!P256.getN().equals(privateKey.getParams().getOrder()) || d.signum() <= 0 || d.compareTo(P256.getN()) >= 0) {
            throw new IllegalStateException("The token signing key is not a P-256 (ES256) private key");
        }
        this.key = new ECPrivateKeyParameters(d, DOMAIN);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "ES256");
        header.put("typ", "JWT");
        keyId.ifPresent(kid -> header.put("kid", kid));
        this.encodedHeader = base64url(JsonUtil.toJson(header).getBytes(StandardCharsets.UTF_8));
    }

    /** The compact serialization {@code header.payload.signature} of the claims. Thread-safe. */
    public String sign(JwtClaims claims) {
        String signingInput = encodedHeader + "." + base64url(claims.toJson().getBytes(StandardCharsets.UTF_8));
        byte[] input = signingInput.getBytes(StandardCharsets.US_ASCII);
        SHA256Digest sha256 = new SHA256Digest();
        sha256.update(input, 0, input.length);
        byte[] digest = new byte[sha256.getDigestSize()];
        sha256.doFinal(digest, 0);

        ECDSASigner ecdsa = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        ecdsa.init(true, key);
        BigInteger[] rs = ecdsa.generateSignature(digest);
        // JWS (RFC 7518 section 3.4): R and S as 32-byte big-endian integers, concatenated.
        byte[] signature = new byte[64];
        BigIntegers.asUnsignedByteArray(rs[0], signature, 0, 32);
        BigIntegers.asUnsignedByteArray(rs[1], signature, 32, 32);
        return signingInput + "." + base64url(signature);
    }

    private static String base64url(byte[] bytes) {
        return BASE64URL.encodeToString(bytes);
    }

    private static ECPrivateKey readKey(Optional<String> location, Optional<String> pem, Optional<String> keyId) {
        Key key;
        try {
            if (location.isPresent()) {
                key = KeyUtils.readSigningKey(location.get(), keyId.orElse(null), SignatureAlgorithm.ES256);
            } else if (pem.isPresent()) {
                key = KeyUtils.tryAsPemSigningPrivateKey(pem.get(), SignatureAlgorithm.ES256);
            } else {
                throw new IllegalStateException(
                        "No token signing key: set smallrye.jwt.sign.key.location (or smallrye.jwt.sign.key, a PEM)");
            }
        } catch (IOException e) {
            throw new IllegalStateException("The token signing key could not be read: " + e.getMessage(), e);
        }
        if (!(key instanceof ECPrivateKey ecKey)) {
            throw new IllegalStateException("The token signing key is not an EC private key (ES256 needs P-256)");
        }
        return ecKey;
    }
}
