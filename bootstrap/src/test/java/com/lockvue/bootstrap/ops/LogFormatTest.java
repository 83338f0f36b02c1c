package com.lockvue.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LogFormatTest {

    @Test
    void jsonTurnsTheJsonConsoleOn() {
        assertThat(new LogFormat("json").getValue(LogFormat.JSON_ENABLED)).isEqualTo("true");
        assertThat(new LogFormat(" JSON ").getValue(LogFormat.JSON_ENABLED)).isEqualTo("true");
    }

    @Test
    void textOrNothingLeavesApplicationPropertiesInCharge() {
        assertThat(new LogFormat("text").getPropertyNames()).isEmpty();
        assertThat(new LogFormat(null).getValue(LogFormat.JSON_ENABLED)).isNull();
        assertThat(new LogFormat("").getValue(LogFormat.JSON_ENABLED)).isNull();
    }

    @Test
    void aFormatItDoesNotKnowStopsTheStartRatherThanBeIgnored() {
        assertThatThrownBy(() -> new LogFormat("jsno")).hasMessageContaining("text or json");
    }

    @Test
    void itRanksAboveApplicationPropertiesAndBelowTheEnvironment() {
        assertThat(new LogFormat("json").getOrdinal()).isGreaterThan(250).isLessThan(300);
    }
}
