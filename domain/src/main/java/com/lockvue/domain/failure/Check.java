package com.lockvue.domain.failure;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects field problems so that a command reports every bad field at once, then throws
 * {@link InvalidInput} if there was any.
 */
public final class Check {
    private final List<FieldError> errors = new ArrayList<>();

    public Check require(boolean condition, String field, String message) {
        if (!condition) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    /** Runs a value-object constructor and records its {@link InvalidInput} instead of throwing. */
    public <T> T attempt(java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidInput invalid) {
            errors.addAll(invalid.fieldErrors());
            return null;
        }
    }

    public void orThrow() {
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields are invalid";
            throw new InvalidInput(FailureCode.VALIDATION_FAILED, detail, errors);
        }
    }

    public static String requireText(String value, String field, int min, int max) {
        if (value == null) {
            throw InvalidInput.of(field, "is required");
        }
        requireWellFormedText(value, field);
        String trimmed = value.strip();
        if (trimmed.length() < min) {
            throw InvalidInput.of(field, min <= 1 ? "must not be blank" : "must be at least " + min + " characters");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw InvalidInput.of(field, "must be at most " + max + " characters");
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw InvalidInput.of(field, "must not contain control characters");
        }
        return trimmed;
    }

    /**
     * Refuses text that is not a sequence of Unicode scalar values (a lone UTF-16 surrogate reaches PostgreSQL as
     * '?', so the answer would show what is not stored), or that holds a noncharacter (never meant for interchange).
     * Every free-text input goes through here.
     */
    public static String requireWellFormedText(String value, String field) {
        if (value != null && !isWellFormedText(value)) {
            throw InvalidInput.of(field, "must be valid Unicode text (no unpaired surrogates or noncharacters)");
        }
        return value;
    }

    /** False for unpaired surrogates and for the 66 noncharacters (U+FDD0..U+FDEF and U+nFFFE, U+nFFFF). */
    public static boolean isWellFormedText(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int codePoint = c;
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                codePoint = Character.toCodePoint(c, value.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                return false;
            }
            if ((codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE) {
                return false;
            }
        }
        return true;
    }
}
