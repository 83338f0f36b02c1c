package com.lockvue.domain.account;

import com.lockvue.domain.failure.Check;
import com.lockvue.domain.failure.InvalidInput;
import java.text.Normalizer;

/**
 * A plain-text password on its way to the hasher; never stored, logged or printed. It is compared and hashed in
 * Unicode NFKC form, so the same password typed on keyboards that compose characters differently is the same
 * password (NIST SP 800-63B 5.1.1.2). Whether a new password is good enough is {@link PasswordPolicy}'s rule;
 * this type only holds one.
 */
public final class Password {
    /** Code points, after normalisation. There is no lower byte cut-off: the whole password is hashed. */
    public static final int MAX = 128;

    private final String normalised;
    private final String typed;

    private Password(String typed, String normalised) {
        this.typed = typed;
        this.normalised = normalised;
    }

    /** What someone typed to prove who they are (a login, a current password): normalised, not judged. */
    public static Password typed(String text, String field) {
        if (text == null || text.isEmpty()) {
            throw InvalidInput.of(field, "is required");
        }
        if (!Check.isWellFormedText(text)) {
            throw InvalidInput.of(field, "must be valid Unicode text");
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (normalised.codePointCount(0, normalised.length()) > MAX) {
            throw InvalidInput.of(field, "must be at most " + MAX + " characters");
        }
        return new Password(text, normalised);
    }

    /** The NFKC form: what is hashed and compared. */
    public String reveal() {
        return normalised;
    }

    /** Exactly as typed, for checking hashes made before passwords were normalised. */
    public String asTyped() {
        return typed;
    }

    /** Length in code points of the normalised form. */
    public int length() {
        return normalised.codePointCount(0, normalised.length());
    }

    @Override
    public String toString() {
        return "Password[****]";
    }
}
