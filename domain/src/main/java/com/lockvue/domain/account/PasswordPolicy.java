package com.lockvue.domain.account;

import com.lockvue.domain.failure.InvalidInput;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a new password must be, after NIST SP 800-63B 5.1.1.2: long enough, not one of the passwords attackers
 * try first, not made of the account's own email or name, and nothing else (no composition rules, no expiry).
 *
 * @param minLength     code points after NFKC normalisation; NIST's floor is 8, the product default 12
 * @param commonPasswords true for a password (lower-cased NFKC form) found in the bundled list of common ones
 */
public record PasswordPolicy(int minLength, Predicate<String> commonPasswords) {
    public static final int DEFAULT_MIN_LENGTH = 12;
    public static final int NIST_MIN_LENGTH = 8;
    /** Shorter email local parts and names (say "jo") are too likely inside an unrelated passphrase to refuse. */
    private static final int PERSONAL_WORD_MIN = 4;

    public PasswordPolicy {
        if (minLength < NIST_MIN_LENGTH || minLength > Password.MAX) {
            throw new IllegalArgumentException("the minimum password length must be between " + NIST_MIN_LENGTH
                    + " and " + Password.MAX);
        }
        Objects.requireNonNull(commonPasswords);
    }

    public static PasswordPolicy of(int minLength, Set<String> commonPasswords) {
        Set<String> copy = Set.copyOf(commonPasswords);
        return new PasswordPolicy(minLength, copy::contains);
    }

    /**
     * Accepts {@code text} as the new password of the owner with {@code email} of the account {@code accountName},
     * or refuses it on {@code field}.
     */
    public Password accept(String text, String field, EmailAddress email, String accountName) {
        Password password = Password.typed(text, field);
        if (password.length() < minLength) {
            throw InvalidInput.of(field, "must be at least " + minLength + " characters");
        }
        String folded = password.reveal().toLowerCase(Locale.ROOT);
        if (commonPasswords.test(folded)) {
            throw InvalidInput.of(field, "is one of the most commonly used passwords; choose another");
        }
        if (containsPersonalWord(folded, email, accountName)) {
            throw InvalidInput.of(field, "must not contain your email address or account name");
        }
        return password;
    }

    private static boolean containsPersonalWord(String folded, EmailAddress email, String accountName) {
        if (email != null) {
            String address = email.value();
            String localPart = address.substring(0, address.indexOf('@'));
            if (folded.contains(address) || localPart.length() >= PERSONAL_WORD_MIN && folded.contains(localPart)) {
                return true;
            }
        }
        if (accountName != null) {
            String name = accountName.strip().toLowerCase(Locale.ROOT);
            return name.length() >= PERSONAL_WORD_MIN && folded.contains(name);
        }
        return false;
    }
}
