package com.lockvue.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.domain.failure.FieldError;
import com.lockvue.domain.failure.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void isStoredTrimmedAndLowerCase() {
        assertThat(new EmailAddress("  Owner.Name@Example.COM \t").value()).isEqualTo("owner.name@example.com");
    }

    @Test
    void addressesDifferingOnlyInCaseAreEqual() {
        assertThat(new EmailAddress("OWNER@example.com")).isEqualTo(new EmailAddress("owner@EXAMPLE.com"));
    }

    @Test
    void composedAndDecomposedAccentsAreOneAddressStoredComposed() {
        EmailAddress composed = new EmailAddress("jos\u00E9@example.com");
        EmailAddress decomposed = new EmailAddress("JOSE\u0301@Example.com");
        assertThat(decomposed).isEqualTo(composed);
        assertThat(decomposed.value()).isEqualTo("jos\u00E9@example.com");
    }

    @Test
    void theStoredFormIsAFixedPointEvenWhenLowerCaseComposesFurther() {
        // T + combining diaeresis has no composed capital; its lower case composes to U+1E97.
        EmailAddress email = new EmailAddress("T\u0308@example.com");
        assertThat(email.value()).isEqualTo("\u1E97@example.com");
        assertThat(new EmailAddress(email.value()).value()).isEqualTo(email.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"own\uD800er@example.com", "owner@exa\uDC00mple.com", "owner\uFFFF@example.com"})
    void refusesInvalidUnicode(String value) {
        InvalidInput failure = catchThrowableOfType(InvalidInput.class, () -> new EmailAddress(value));
        assertThat(failure.fieldErrors()).extracting(FieldError::field).containsExactly("/email");
        assertThat(failure.fieldErrors().get(0).message()).contains("Unicode");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void refusesMissingAddress(String value) {
        InvalidInput failure = catchThrowableOfType(InvalidInput.class, () -> new EmailAddress(value));
        assertThat(failure.fieldErrors()).containsExactly(new FieldError("/email", "is required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"owner", "owner@", "@example.com", "owner@example", "owner@@example.com",
            "own er@example.com", "owner@exa mple.com", "a@b@c.com"})
    void refusesMalformedAddresses(String value) {
        InvalidInput failure = catchThrowableOfType(InvalidInput.class, () -> new EmailAddress(value));
        assertThat(failure.fieldErrors()).extracting(FieldError::field).containsExactly("/email");
    }

    @Test
    void refusesLocalPartLongerThanSixtyFourCharacters() {
        assertThat(new EmailAddress("a".repeat(64) + "@example.com").value()).startsWith("a".repeat(64));
        assertThat(catchThrowableOfType(InvalidInput.class, () -> new EmailAddress("a".repeat(65) + "@example.com")))
                .isNotNull();
    }

    @Test
    void refusesAddressesLongerThan254Characters() {
        String domain = "d".repeat(63) + "." + "e".repeat(63) + "." + "f".repeat(63) + ".com"; // 195 chars
        String at254 = "a".repeat(254 - 1 - domain.length()) + "@" + domain;
        assertThat(at254).hasSize(254);
        assertThat(new EmailAddress(at254).value()).hasSize(254);
        assertThat(catchThrowableOfType(InvalidInput.class, () -> new EmailAddress("a" + at254))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b@example.com", "owner@exa\u0007mple.com", "a\u007Fb@example.com"})
    void refusesControlCharactersInsideTheAddress(String value) {
        InvalidInput failure = catchThrowableOfType(InvalidInput.class, () -> new EmailAddress(value));
        assertThat(failure).as("accepted %s", value.replaceAll("\\p{Cntrl}", "<CTRL>")).isNotNull();
        assertThat(failure.fieldErrors()).extracting(FieldError::field).containsExactly("/email");
    }
}
