package com.lockvue.domain.lock;

import com.lockvue.domain.failure.InvalidInput;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The 16 random bytes a lock hands the phone for one exchange; a signed command must carry them back, which is
 * what makes it single-use (docs/lock-protocol.md). Written as 22 characters of base64url without padding.
 */
public final class Nonce {
    public static final int LENGTH = 16;
    private static final Pattern BASE64URL_22 = Pattern.compile("^[A-Za-z0-9_-]{22}$");

    private final byte[] bytes;

    private Nonce(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Nonce of(byte[] bytes) {
        if (bytes == null || bytes.length != LENGTH) {
            throw invalid();
        }
        return new Nonce(bytes.clone());
    }

    /** Parses the base64url text the app relays; 22 characters, as the contract says. */
    public static Nonce parse(String text) {
        if (text == null || !BASE64URL_22.matcher(text).matches()) {
            throw invalid();
        }
        return new Nonce(Base64.getUrlDecoder().decode(text));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String text() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static InvalidInput invalid() {
        return InvalidInput.of("/nonce", "must be the lock's 16-byte nonce, base64url without padding (22 characters)");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nonce other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Nonce[" + text() + "]";
    }
}
