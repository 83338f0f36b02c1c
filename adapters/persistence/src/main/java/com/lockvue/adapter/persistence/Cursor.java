package com.lockvue.adapter.persistence;

import com.lockvue.domain.failure.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * The position after the last item of a page: the sort key of that item and its id (the tie-breaker). Clients
 * see it as an opaque base64url string.
 */
record Cursor(String key, UUID id) {
    private static final char SEPARATOR = '\n';
    private static final java.time.Instant EARLIEST = java.time.Instant.parse("0001-01-01T00:00:00Z");
    private static final java.time.Instant LATEST = java.time.Instant.parse("9999-12-31T23:59:59Z");

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((key + SEPARATOR + id).getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String encoded) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int split = text.lastIndexOf(SEPARATOR);
            String key = text.substring(0, split);
            if (key.length() > 200 || key.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("not a key this server writes");
            }
            return new Cursor(key, UUID.fromString(text.substring(split + 1)));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw InvalidInput.of("/cursor", "is not a cursor this server issued");
        }
    }

    static java.time.Instant instantKey(Cursor cursor) {
        try {
            java.time.Instant instant = java.time.Instant.parse(cursor.key());
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                throw InvalidInput.of("/cursor", "is not a cursor this server issued");
            }
            return instant;
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInput.of("/cursor", "is not a cursor this server issued");
        }
    }
}
