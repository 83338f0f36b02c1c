package com.lockvue.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** LOCKVUE_EMBEDDED_DATABASE_DURABLE: only an explicit false turns durability off; anything unclear is refused. */
class EmbeddedDurabilitySettingTest {
    @Test
    void trueAndTheDefaultAreDurable() {
        assertThat(LockVueMain.embeddedDurability("true")).isEqualTo(EmbeddedDatabase.Durability.DURABLE);
        assertThat(LockVueMain.embeddedDurability(" TRUE ")).isEqualTo(EmbeddedDatabase.Durability.DURABLE);
    }

    @Test
    void onlyFalseTurnsItOff() {
        assertThat(LockVueMain.embeddedDurability("false")).isEqualTo(EmbeddedDatabase.Durability.NOT_DURABLE);
        assertThat(LockVueMain.embeddedDurability("False")).isEqualTo(EmbeddedDatabase.Durability.NOT_DURABLE);
    }

    @Test
    void anythingElseIsRefusedRatherThanGuessed() {
        for (String unclear : new String[] {"0", "no", "off", "fals", "yes"}) {
            assertThatThrownBy(() -> LockVueMain.embeddedDurability(unclear))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("LOCKVUE_EMBEDDED_DATABASE_DURABLE");
        }
    }
}
