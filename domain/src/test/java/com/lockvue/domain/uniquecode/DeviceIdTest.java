package com.lockvue.domain.uniquecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.lockvue.domain.failure.FieldError;
import com.lockvue.domain.failure.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"abcd1234", "ios:6F9619FF-8B86-D011-B42D-00C04FC964FF", "android_device.42"})
    void acceptsAppDeviceIdentifiers(String value) {
        assertThat(new DeviceId(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "short", "has space in it", "semi;colon1", "slash/device"})
    void refusesMissingOrMalformedIdentifiers(String value) {
        InvalidInput failure = catchThrowableOfType(InvalidInput.class, () -> new DeviceId(value));
        assertThat(failure).isNotNull();
        assertThat(failure.fieldErrors()).extracting(FieldError::field).containsExactly("/deviceId");
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 128})
    void acceptsLengthBounds(int length) {
        assertThat(new DeviceId("a".repeat(length)).value()).hasSize(length);
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 129})
    void refusesLengthsOutsideBounds(int length) {
        assertThat(catchThrowableOfType(InvalidInput.class, () -> new DeviceId("a".repeat(length)))).isNotNull();
    }
}
