package com.lockvue.domain.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.domain.failure.FieldError;
import com.lockvue.domain.failure.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SerialNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "LV-1000-AB   | LV-1000-AB",
            "lv-1000-ab   | LV-1000-AB",
            "'  lv 1000 ab '| LV1000AB",
            "abcd         | ABCD"})
    void isNormalisedToUpperCaseWithoutSpaces(String typed, String stored) {
        assertThat(new SerialNumber(typed).value()).isEqualTo(stored);
    }

    @Test
    void serialsTypedDifferentlyAreEqual() {
        assertThat(new SerialNumber("lv 1000-ab")).isEqualTo(new SerialNumber("LV1000-AB"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "ABC", "-ABCD", "AB_CD", "AB.CD", "ÄBCD", "ABCD\t", "\nABCD", "AB\tCD"})
    void refusesMissingOrMalformedSerials(String typed) {
        InvalidInput failure = catchThrowableOfType(InvalidInput.class, () -> new SerialNumber(typed));
        assertThat(failure.fieldErrors()).extracting(FieldError::field).containsExactly("/serialNumber");
    }

    @Test
    void acceptsFourToThirtyTwoSymbols() {
        assertThat(new SerialNumber("A".repeat(32)).value()).hasSize(32);
        assertThat(catchThrowableOfType(InvalidInput.class, () -> new SerialNumber("A".repeat(33)))).isNotNull();
    }
}
