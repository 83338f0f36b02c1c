package com.lockvue.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.domain.failure.FieldError;
import com.lockvue.domain.failure.InvalidInput;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordAndTimeZonesTest {

    @Test
    void passwordAcceptsTenToOneHundredTwentyEightCharactersAndNeverPrintsItself() {
        Password ten = new Password("0123456789");
        assertThat(ten.reveal()).isEqualTo("0123456789");
        assertThat(ten.toString()).doesNotContain("0123456789");
        assertThat(new Password("p".repeat(128)).reveal()).hasSize(128);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void passwordIsRequired(String value) {
        assertThat(catchThrowableOfType(InvalidInput.class, () -> new Password(value)).fieldErrors())
                .containsExactly(new FieldError("/password", "is required"));
    }

    @Test
    void passwordRefusesNineOrOneHundredTwentyNineCharacters() {
        assertThat(catchThrowableOfType(InvalidInput.class, () -> new Password("123456789")).fieldErrors())
                .extracting(FieldError::field).containsExactly("/password");
        assertThat(catchThrowableOfType(InvalidInput.class, () -> new Password("p".repeat(129)))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Australia/Brisbane", "Europe/Paris", "UTC", "America/Los_Angeles"})
    void timeZonesAcceptsIanaNames(String name) {
        assertThat(TimeZones.parse(name, "/timeZone")).isEqualTo(ZoneId.of(name));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "Mars/Olympus", "+02:00", "GMT+2", "europe/paris"})
    void timeZonesRefusesAnythingElseOnTheGivenField(String name) {
        InvalidInput failure = catchThrowableOfType(InvalidInput.class, () -> TimeZones.parse(name, "/tz"));
        assertThat(failure.fieldErrors()).extracting(FieldError::field).containsExactly("/tz");
    }
}
