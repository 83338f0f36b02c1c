package com.lockvue.domain.account;

import com.lockvue.domain.failure.InvalidInput;
import java.util.Locale;
import java.util.regex.Pattern;

/** An email address, compared case-insensitively (stored lower-case). */
public record EmailAddress(String value) {
    public static final int MAX = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("/email", "is required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        boolean hasControlOrSpace = value.codePoints()
                .anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c));
        if (value.length() > MAX || hasControlOrSpace || !SHAPE.matcher(value).matches()) {
            throw InvalidInput.of("/email", "must be an email address");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
