package com.lockvue.domain.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The secret an integrator sends as {@code Authorization: Bearer lvk_...}: {@value #PREFIX} and 32 random bytes in
 * base64url. The prefix tells it apart from a JWT at a glance (a JWT starts with its base64url header, "eyJ"), and
 * makes a leaked key easy to find by secret scanners. It is shown once; the server keeps its SHA-256 only, which
 * for 256 random bits needs no password hash to be safe, and the first {@value #SHOWN_LENGTH} characters, to tell
 * keys apart in a list.
 */
public final class ApiKeySecret {
    public static final String PREFIX = "lvk_";
    static final int RANDOM_BYTES = 32;
    static final int SHOWN_LENGTH = 12;
    private static final Pattern FORMAT = Pattern.compile("^lvk_[A-Za-z0-9_-]{43}$");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    private final String value;

    private ApiKeySecret(String value) {
        this.value = value;
    }

    public static ApiKeySecret generate(RandomGenerator secureRandom) {
        byte[] bytes = new byte[RANDOM_BYTES];
        secureRandom.nextBytes(bytes);
        return new ApiKeySecret(PREFIX + BASE64URL.encodeToString(bytes));
    }

    /** The secret, if {@code presented} is spelled exactly as this server writes keys; anything else is no key. */
    public static Optional<ApiKeySecret> parse(String presented) {
        if (presented == null || !FORMAT.matcher(presented).matches()) {
            return Optional.empty();
        }
        String random = presented.substring(PREFIX.length());
        // 43 characters carry 258 bits: the two spare ones must be zero, or one key would have several spellings.
        if (!BASE64URL.encodeToString(BASE64URL_DECODER.decode(random)).equals(random)) {
            return Optional.empty();
        }
        return Optional.of(new ApiKeySecret(presented));
    }

    public static boolean looksLikeOne(String presented) {
        return presented != null && presented.startsWith(PREFIX);
    }

    /** The text to hand over, once. */
    public String reveal() {
        return value;
    }

    /** What is stored, and what a presented key is looked up by. */
    public byte[] hash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The start of the key, shown in lists so that an owner can tell which key is which. */
    public String shownPrefix() {
        return value.substring(0, SHOWN_LENGTH);
    }

    @Override
    public String toString() {
        return shownPrefix() + "****";
    }
}
