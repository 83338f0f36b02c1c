package com.lockvue.domain.lock;

import com.lockvue.domain.failure.InvalidInput;
import java.util.Locale;
import java.util.regex.Pattern;

/** The serial printed on a lock; unique across the whole system. Compared upper-case, without spaces. */
public record SerialNumber(String value) {
    private static final Pattern SHAPE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{3,31}$");

    public SerialNumber {
        if (value == null || value.isBlank()) {
            throw InvalidInput.of("/serialNumber", "is required");
        }
        // Spaces are ignored wherever they are; any other whitespace (a tab, a line break) is refused, at the ends too.
        value = value.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw InvalidInput.of("/serialNumber", "must be 4 to 32 letters, digits or hyphens");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
