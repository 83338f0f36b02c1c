package com.lockvue.application.page;

import com.lockvue.domain.failure.InvalidInput;

/**
 * A slice of a list: at most {@code limit} items after the opaque {@code cursor} (null for the first page).
 * Lists are ordered stably, so following {@code nextCursor} never skips or repeats an item.
 */
public record PageRequest(int limit, String cursor) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInput.of("/limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (cursor != null && (cursor.isBlank() || cursor.length() > 512)) {
            throw InvalidInput.of("/cursor", "is not a cursor this server issued");
        }
    }

    public static PageRequest of(Integer limit, String cursor) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, cursor);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }
}
