package com.lockvue.adapter.rest;

import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.application.page.PageRequest;
import com.lockvue.domain.time.StoredInstants;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * Parses path and query parameters by hand, so that a bad id or number is a 400 naming the parameter instead of
 * the framework's bare 404.
 */
public final class Params {
    /** The range PostgreSQL timestamps and people's calendars share. */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    private Params() {
    }

    public static <T> T id(String raw, String name, Function<UUID, T> wrap) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInput.of("/" + name, "is required");
        }
        try {
            UUID uuid = UUID.fromString(raw);
            if (!uuid.toString().equalsIgnoreCase(raw)) {
                throw new IllegalArgumentException("not canonical");
            }
            return wrap.apply(uuid);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("/" + name, "must be a UUID");
        }
    }

    public static <T> T optionalId(String raw, String name, Function<UUID, T> wrap) {
        return raw == null || raw.isEmpty() ? null : id(raw, name, wrap);
    }

    public static PageRequest page(String limit, String cursor) {
        Integer size = null;
        if (limit != null && !limit.isEmpty()) {
            try {
                size = Integer.valueOf(limit);
            } catch (NumberFormatException e) {
                throw InvalidInput.of("/limit", "must be a whole number between 1 and " + PageRequest.MAX_LIMIT);
            }
        }
        return PageRequest.of(size, cursor == null || cursor.isEmpty() ? null : cursor);
    }

    public static <E extends Enum<E>> E optionalEnum(String raw, String name, Class<E> type) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("/" + name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    public static Instant optionalInstant(String raw, String name) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return storable(OffsetDateTime.parse(raw).toInstant(), name);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("/" + name, "must be an RFC 3339 date-time such as 2030-01-31T17:00:00Z");
        }
    }

    /**
     * An instant from the client as it will be stored: cut to microseconds (PostgreSQL would round finer digits, so
     * the answer and every later read would disagree), and refused beyond years 1 to 9999, which JSON can carry but
     * PostgreSQL cannot store.
     */
    public static Instant storable(Instant instant, String name) {
        Instant stored = StoredInstants.of(instant);
        if (stored != null && (stored.isBefore(EARLIEST) || stored.isAfter(LATEST))) {
            throw InvalidInput.of("/" + name, "must be between years 1 and 9999");
        }
        return stored;
    }

    /** A required JSON body that arrived empty. */
    public static <T> T body(T body) {
        if (body == null) {
            throw InvalidInput.of("/", "a JSON body is required");
        }
        return body;
    }
}
