package com.lockvue.domain.account;

import com.lockvue.domain.failure.Check;
import com.lockvue.domain.failure.InvalidInput;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address, compared case-insensitively and by its Unicode NFC form (stored that way), so that one address
 * typed with composed or with decomposed accents, in any case, is one account.
 */
public record EmailAddress(String value) {
    public static final int MAX = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("/email", "is required");
        }
        Check.requireWellFormedText(value, "/email");
        value = canonical(value.strip());
        boolean hasControlOrSpace = value.codePoints()
                .anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c));
        if (value.length() > MAX || hasControlOrSpace || !SHAPE.matcher(value).matches()) {
            throw InvalidInput.of("/email", "must be an email address");
        }
    }

    /**
     * NFC, then lower case, then NFC again: a capital with a combining mark may have no composed form while its
     * lower case has one ("T" + U+0308 lower-cases to U+1E97), and the stored form must be a fixed point.
     */
    static String canonical(String address) {
        String lower = Normalizer.normalize(address, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(lower, Normalizer.Form.NFC);
    }

    @Override
    public String toString() {
        return value;
    }
}
