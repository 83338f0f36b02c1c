package com.lockvue.adapter.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CommonPasswordsTest {
    private final Set<String> list = CommonPasswords.bundled();

    @Test
    void holdsTheWholeBundledListInItsComparedForm() {
        assertThat(list).hasSize(38_452).contains("password", "12345678", "iloveyou", "qwertyuiop", "1qaz2wsx3edc")
                .allMatch(p -> p.length() >= 8 && p.equals(p.toLowerCase(java.util.Locale.ROOT)));
    }

    @Test
    void aPassphraseIsNotOnIt() {
        assertThat(list).doesNotContain("correct horse battery", "a much better passphrase");
    }
}
