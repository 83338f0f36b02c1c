package com.lockvue.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.domain.failure.FieldError;
import com.lockvue.domain.failure.InvalidInput;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeZonesTest {

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
