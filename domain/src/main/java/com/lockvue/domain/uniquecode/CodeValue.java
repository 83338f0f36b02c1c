package com.lockvue.domain.uniquecode;

import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.InvalidInput;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The secret a person types into Code Login: 12 symbols of Crockford's base32 (60 random bits), shown as
 * {@code XXXX-XXXX-XXXX}. Input is forgiving: any case, with or without hyphens and spaces, and with
 * Crockford's aliases O=0 and I=L=1. {@link #toString()} never reveals the value.
 */
public final class CodeValue {
    public static final int LENGTH = 12;
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private final String canonical;

    private CodeValue(String canonical) {
        this.canonical = canonical;
    }

    /** A fresh code; pass a {@link java.security.SecureRandom} in production. */
    public static CodeValue generate(RandomGenerator random) {
        char[] symbols = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            symbols[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new CodeValue(new String(symbols));
    }

    /** Parses what a person typed; throws {@link InvalidInput} on the {@code /code} field otherwise. */
    public static CodeValue parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw InvalidInput.of(FailureCode.VALIDATION_FAILED, "/code", "is required");
        }
        if (typed.length() > 64) {
            throw InvalidInput.of(FailureCode.VALIDATION_FAILED, "/code", "must be 12 letters and digits");
        }
        if (!typed.chars().allMatch(c -> c < 128)) {
            throw InvalidInput.of(FailureCode.VALIDATION_FAILED, "/code", "must be 12 letters and digits");
        }
        StringBuilder out = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            char mapped = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(mapped) < 0) {
                throw InvalidInput.of(FailureCode.VALIDATION_FAILED, "/code", "must be 12 letters and digits");
            }
            out.append(mapped);
        }
        if (out.length() != LENGTH) {
            throw InvalidInput.of(FailureCode.VALIDATION_FAILED, "/code", "must be 12 letters and digits");
        }
        return new CodeValue(out.toString());
    }

    /** The 12 canonical symbols, the form that is hashed for lookup. */
    public String canonical() {
        return canonical;
    }

    /** The form shown to people: {@code XXXX-XXXX-XXXX}. */
    public String display() {
        return canonical.substring(0, 4) + "-" + canonical.substring(4, 8) + "-" + canonical.substring(8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodeValue other && java.security.MessageDigest.isEqual(
                canonical.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                other.canonical.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    @Override
    public String toString() {
        return "CodeValue[****]";
    }
}
