package com.lockvue.adapter.rest.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PublicKey;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers bearer tokens that SmallRye JWT has verified, until they expire, so that a client presenting the
 * same token again is not verified again. Verifying an ES256 signature with the JDK's P-256 code costs about a
 * millisecond of CPU and was most of the CPU of every authenticated request (docs/benchmarks.md).
 *
 * <p>Why this is safe: an entry is made only after the full verification (signature, issuer, algorithm,
 * expiry) accepted the exact same token string; a hit compares the whole string, not a hash; and an entry is
 * used only while the token is still unexpired (and within {@code mp.jwt.verify.token.age}, if set), so the
 * cache never accepts a token the verifier would refuse at that moment. Tokens carry no revocation: ending a
 * code session is checked against the database on every request, cached or not. Only canonically spelled tokens
 * are kept (see {@link #canonical}). The cache is bounded; when it is full, expired entries are dropped, and if
 * that is not enough it starts empty again (a miss only costs one verification).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {
    private final JWTParser verifier;
    private final InstantSource clock;
    private final int capacity;
    private final Optional<Long> maxTokenAgeSeconds;
    static final int MAX_CACHED_LENGTH = 4096;
    private static final int ES256_SIGNATURE_LENGTH = 64;
    private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();
    private static final Base64.Encoder URL_ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    public CachingJwtParser(DefaultJWTParser verifier,
            @ConfigProperty(name = "lockvue.auth.verified-token-cache-size", defaultValue = "10000") int capacity,
            @ConfigProperty(name = "mp.jwt.verify.token.age") Optional<Long> maxTokenAgeSeconds) {
        this(verifier, InstantSource.system(), capacity, maxTokenAgeSeconds);
    }

    CachingJwtParser(JWTParser verifier, InstantSource clock, int capacity, Optional<Long> maxTokenAgeSeconds) {
        this.verifier = verifier;
        this.clock = clock;
        this.capacity = capacity;
        this.maxTokenAgeSeconds = maxTokenAgeSeconds;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Instant now = clock.instant();
        Verified hit = verified.get(token);
        if (hit != null) {
            if (now.isBefore(hit.usableUntil())) {
                return hit.jwt();
            }
            verified.remove(token, hit);
        }
        JsonWebToken jwt = verifier.parse(token);
        remember(token, jwt, now);
        return jwt;
    }

    /** How many verified tokens are held now (for tests and diagnostics). */
    int size() {
        return verified.size();
    }

    /**
     * Only tokens in the one form this server writes are remembered: three base64url parts, each exactly the
     * encoding of its bytes (no padding, no stray characters, no spare bits set), the signature 64 bytes, at most
     * {@link #MAX_CACHED_LENGTH} characters. A lenient decoder accepts many spellings of one signed token; kept
     * apart, they would let whoever holds one valid token fill the cache (and flush everyone else's entries).
     * Other spellings are still verified, only never kept.
     */
    static boolean canonical(String token) {
        if (token.length() > MAX_CACHED_LENGTH) {
            return false;
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            byte[] bytes;
            try {
                bytes = URL_DECODER.decode(parts[i]);
            } catch (IllegalArgumentException notBase64url) {
                return false;
            }
            if (bytes.length == 0 || !URL_ENCODER.encodeToString(bytes).equals(parts[i])) {
                return false;
            }
            if (i == 2 && bytes.length != ES256_SIGNATURE_LENGTH) {
                return false;
            }
        }
        return true;
    }

    private void remember(String token, JsonWebToken jwt, Instant now) {
        Instant usableUntil = Instant.ofEpochSecond(jwt.getExpirationTime());
        if (maxTokenAgeSeconds.isPresent()) {
            Instant ageLimit = Instant.ofEpochSecond(jwt.getIssuedAtTime()).plusSeconds(maxTokenAgeSeconds.get());
            usableUntil = ageLimit.isBefore(usableUntil) ? ageLimit : usableUntil;
        }
        if (!now.isBefore(usableUntil) || capacity <= 0 || !canonical(token)) {
            return;
        }
        if (verified.size() >= capacity) {
            verified.values().removeIf(entry -> !now.isBefore(entry.usableUntil()));
            // Nearly full of live entries: start again rather than scan the whole map for every new token.
            if (verified.size() >= capacity - capacity / 10) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(jwt, usableUntil));
    }

    // Every other way of parsing names its own key or context: not cached.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, java.security.PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }

    private record Verified(JsonWebToken jwt, Instant usableUntil) {
    }
}
