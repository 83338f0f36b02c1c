package com.lockvue.lockverifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictCborReaderTest {

    private static StrictCborReader reader(String hex) {
        return new StrictCborReader(HexFormat.of().parseHex(hex));
    }

    @Test
    void readsTheDeterministicForms() {
        StrictCborReader r = reader("d2" + "84" + "4401020304" + "a2" + "01" + "26" + "3a00010000" + "18ff" + "80"
                + "1affffffff" + "40");
        assertThat(r.readTag()).isEqualTo(18);
        assertThat(r.readArrayHeader()).isEqualTo(4);
        assertThat(r.readBytes()).containsExactly(1, 2, 3, 4);
        assertThat(r.readMapHeader()).isEqualTo(2);
        assertThat(r.readMapKey()).isEqualTo(1);
        assertThat(r.readInt()).isEqualTo(-7);
        assertThat(r.readMapKey()).isEqualTo(-65537);
        assertThat(r.readInt()).isEqualTo(255);
        assertThat(r.readArrayHeader()).isZero();
        assertThat(r.readUint32()).isEqualTo(0xFFFF_FFFFL);
        assertThat(r.readBytes()).isEmpty();
        r.requireEnd();
    }

    /** Each of these encodes a value that has a shorter head, so deterministic CBOR forbids it. */
    @ParameterizedTest
    @ValueSource(strings = {"1817", "190017", "1900ff", "1a0000ffff", "1b00000000ffffffff", "3817", "5803010203"})
    void refusesNonShortestForms(String hex) {
        StrictCborReader r = reader(hex);
        assertThatThrownBy(() -> {
            if (hex.startsWith("58")) {
                r.readBytes();
            } else {
                r.readInt();
            }
        }).isInstanceOf(StrictCborReader.MalformedException.class).hasMessageContaining("shortest");
    }

    @Test
    void refusesIndefiniteLengths() {
        assertThatThrownBy(() -> reader("5f42010243030405ff").readBytes())
                .isInstanceOf(StrictCborReader.MalformedException.class).hasMessageContaining("indefinite");
        assertThatThrownBy(() -> reader("9f0102ff").readArrayHeader())
                .isInstanceOf(StrictCborReader.MalformedException.class);
        assertThatThrownBy(() -> reader("bf0102ff").readMapHeader())
                .isInstanceOf(StrictCborReader.MalformedException.class);
    }

    @Test
    void refusesDuplicateAndUnsortedMapKeys() {
        StrictCborReader duplicate = reader("a2" + "0100" + "0100");
        duplicate.readMapHeader();
        duplicate.readMapKey();
        duplicate.readInt();
        assertThatThrownBy(duplicate::readMapKey).isInstanceOf(StrictCborReader.MalformedException.class)
                .hasMessageContaining("strictly increasing");

        // -1 (0x20) sorts after 3 (0x03) by encoding, even though it is numerically smaller.
        StrictCborReader unsorted = reader("a2" + "2000" + "0300");
        unsorted.readMapHeader();
        unsorted.readMapKey();
        unsorted.readInt();
        assertThatThrownBy(unsorted::readMapKey).isInstanceOf(StrictCborReader.MalformedException.class);
    }

    @Test
    void refusesTrailingTruncatedAndOversizedInput() {
        StrictCborReader trailing = reader("0100");
        trailing.readInt();
        assertThatThrownBy(trailing::requireEnd).hasMessageContaining("trailing");
        assertThatThrownBy(() -> reader("4401").readBytes()).isInstanceOf(StrictCborReader.MalformedException.class);
        assertThatThrownBy(() -> reader("1a0001").readInt()).hasMessageContaining("truncated");
        assertThatThrownBy(() -> reader("9bffffffffffffffff").readArrayHeader())
                .isInstanceOf(StrictCborReader.MalformedException.class);
    }

    @Test
    void refusesTypesTheProtocolDoesNotUse() {
        assertThatThrownBy(() -> reader("f93c00").readInt()).isInstanceOf(StrictCborReader.MalformedException.class);
        assertThatThrownBy(() -> reader("6449455446").readBytes())
                .isInstanceOf(StrictCborReader.MalformedException.class);
        assertThatThrownBy(() -> reader("1b8000000000000000").readInt())
                .isInstanceOf(StrictCborReader.MalformedException.class);
        assertThatThrownBy(() -> reader("1b0000000100000000").readUint32())
                .isInstanceOf(StrictCborReader.MalformedException.class);
    }
}
