package com.lockvue.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.domain.failure.FieldError;
import com.lockvue.domain.failure.InvalidInput;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
    private static final EmailAddress EMAIL = new EmailAddress("anna.berg@example.com");
    private final PasswordPolicy policy = PasswordPolicy.of(12, Set.of("qwertyuiop123", "iloveyou2024!"));

    private String refusal(String text) {
        InvalidInput refused = catchThrowableOfType(InvalidInput.class,
                () -> policy.accept(text, "/password", EMAIL, "Harbour Lets"));
        assertThat(refused).as("refused: %s", text).isNotNull();
        assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactly("/password");
        return refused.fieldErrors().get(0).message();
    }

    @Test
    void acceptsTwelveCodePointsWithoutAnyCompositionRule() {
        assertThat(policy.accept("aaaaaaaaaaab", "/password", EMAIL, "Harbour Lets").reveal()).isEqualTo("aaaaaaaaaaab");
        assertThat(policy.accept("correct horse battery", "/password", EMAIL, "Harbour Lets").length()).isEqualTo(21);
    }

    @Test
    void refusesElevenCodePointsAndCountsCodePointsNotCharsOrBytes() {
        assertThat(refusal("aaaaaaaaaab")).isEqualTo("must be at least 12 characters");
        // Twelve astral code points are 24 UTF-16 chars and 48 UTF-8 bytes: still twelve characters.
        String twelveEmoji = "\uD83D\uDD12".repeat(12);
        assertThat(policy.accept(twelveEmoji, "/password", EMAIL, "Harbour Lets").length()).isEqualTo(12);
        assertThat(refusal("\uD83D\uDD12".repeat(11))).contains("at least 12");
    }

    @Test
    void measuresAndComparesTheNfkcForm() {
        // U+FB01 (the "fi" ligature) is two letters in NFKC; "é" composed and decomposed are one and the same.
        Password composed = policy.accept("caf\u00e9 au lait 42", "/password", EMAIL, "Harbour Lets");
        Password decomposed = policy.accept("cafe\u0301 au lait 42", "/password", EMAIL, "Harbour Lets");
        assertThat(decomposed.reveal()).isEqualTo(composed.reveal());
        assertThat(decomposed.asTyped()).isNotEqualTo(composed.asTyped());
        assertThat(policy.accept("\ufb01ve fine fish", "/password", EMAIL, "Harbour Lets").reveal()).startsWith("five");
    }

    @Test
    void acceptsOneHundredTwentyEightAndRefusesOneHundredTwentyNine() {
        assertThat(policy.accept("p".repeat(128), "/password", EMAIL, "Harbour Lets").length()).isEqualTo(128);
        assertThat(refusal("p".repeat(129))).isEqualTo("must be at most 128 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"qwertyuiop123", "QWERTYUIOP123", "ILoveYou2024!"})
    void refusesACommonPasswordWhateverItsCase(String common) {
        assertThat(refusal(common)).contains("most commonly used");
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna.berg@example.com", "my anna.berg password", "ANNA.BERG-is-me", "harbour lets 2026"})
    void refusesTheOwnersEmailLocalPartOrAccountName(String personal) {
        assertThat(refusal(personal)).isEqualTo("must not contain your email address or account name");
    }

    @Test
    void theAccountNameCountsAsWrittenNotWithItsSpacesRemoved() {
        assertThat(policy.accept("HarbourLets!", "/password", EMAIL, "Harbour Lets").reveal()).isEqualTo("HarbourLets!");
    }

    @Test
    void shortPersonalWordsAreNotHeldAgainstAPassphrase() {
        EmailAddress jo = new EmailAddress("jo@example.com");
        assertThat(policy.accept("joyful mountain river", "/password", jo, "Al").reveal()).contains("jo");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void isRequired(String text) {
        assertThat(refusal(text)).isEqualTo("is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"long enough \uD800 but broken", "long enough \uDC00 but broken", "ends high \uD83D"})
    void refusesLoneSurrogates(String text) {
        assertThat(refusal(text)).startsWith("must be valid Unicode text");
    }

    @Test
    void theMinimumCannotGoBelowNistsEight() {
        assertThatThrownBy(() -> PasswordPolicy.of(7, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(PasswordPolicy.of(8, Set.of()).accept("abcdefgh", "/p", EMAIL, "Acme").length()).isEqualTo(8);
    }

    @Test
    void aTypedPasswordIsNotJudgedAndNeverPrintsItself() {
        Password typed = Password.typed("short", "/password");
        assertThat(typed.reveal()).isEqualTo("short");
        assertThat(typed.toString()).doesNotContain("short");
        assertThat(catchThrowableOfType(InvalidInput.class, () -> Password.typed("", "/currentPassword"))
                .fieldErrors()).containsExactly(new FieldError("/currentPassword", "is required"));
    }
}
