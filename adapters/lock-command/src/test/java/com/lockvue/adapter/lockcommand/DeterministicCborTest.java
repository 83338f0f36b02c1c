package com.lockvue.adapter.lockcommand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeterministicCborTest {

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** Expected encodings from RFC 8949 appendix A, plus every boundary where the head grows. */
    @ParameterizedTest
    @CsvSource({
        "0, 00", "1, 01", "10, 0a", "23, 17", "24, 1818", "25, 1819", "100, 1864", "255, 18ff", "256, 190100",
        "1000, 1903e8", "65535, 19ffff", "65536, 1a00010000", "1000000, 1a000f4240", "4294967295, 1affffffff",
        "4294967296, 1b0000000100000000", "1000000000000, 1b000000e8d4a51000",
        "9223372036854775807, 1b7fffffffffffffff",
        "-1, 20", "-10, 29", "-24, 37", "-25, 3818", "-100, 3863", "-256, 38ff", "-257, 390100", "-1000, 3903e7",
        "-65537, 3a00010000", "-9223372036854775808, 3b7fffffffffffffff"
    })
    void integersUseTheShortestHead(long value, String expected) {
        assertThat(hex(DeterministicCbor.integer(value))).isEqualTo(expected);
    }

    @Test
    void stringsArraysAndTagsMatchRfc8949Examples() {
        assertThat(hex(DeterministicCbor.bytes(new byte[0]))).isEqualTo("40");
        assertThat(hex(DeterministicCbor.bytes(HexFormat.of().parseHex("01020304")))).isEqualTo("4401020304");
        assertThat(hex(DeterministicCbor.text("IETF"))).isEqualTo("6449455446");
        assertThat(hex(DeterministicCbor.text("\u00fc"))).isEqualTo("62c3bc");
        assertThat(hex(DeterministicCbor.array())).isEqualTo("80");
        assertThat(hex(DeterministicCbor.array(DeterministicCbor.integer(1),
                DeterministicCbor.array(DeterministicCbor.integer(2), DeterministicCbor.integer(3)))))
                .isEqualTo("8201820203");
        assertThat(hex(DeterministicCbor.tag(1, DeterministicCbor.integer(1363896240)))).isEqualTo("c11a514b67b0");
        assertThat(hex(DeterministicCbor.tag(18, DeterministicCbor.array()))).isEqualTo("d280");
    }

    @Test
    void byteStringLengthsCrossingHeadBoundariesUseTheShortestHead() {
        assertThat(DeterministicCbor.bytes(new byte[23])[0]).isEqualTo((byte) 0x57);
        assertThat(hex(DeterministicCbor.bytes(new byte[24])).substring(0, 4)).isEqualTo("5818");
        assertThat(hex(DeterministicCbor.bytes(new byte[256])).substring(0, 6)).isEqualTo("590100");
    }

    @Test
    void mapKeysAreSortedBytewiseByEncodingWhateverTheInsertionOrder() {
        // RFC 8949 §4.2.1's own example order: 10, 100, -1, "z", "aa", [100], [-1].
        byte[] one = DeterministicCbor.map()
                .put(DeterministicCbor.array(DeterministicCbor.integer(-1)), DeterministicCbor.integer(7))
                .put(DeterministicCbor.text("aa"), DeterministicCbor.integer(5))
                .put(-1, DeterministicCbor.integer(3))
                .put(DeterministicCbor.array(DeterministicCbor.integer(100)), DeterministicCbor.integer(6))
                .put(100, DeterministicCbor.integer(2))
                .put(DeterministicCbor.text("z"), DeterministicCbor.integer(4))
                .put(10, DeterministicCbor.integer(1))
                .encode();
        byte[] other = DeterministicCbor.map()
                .put(10, DeterministicCbor.integer(1))
                .put(DeterministicCbor.text("z"), DeterministicCbor.integer(4))
                .put(100, DeterministicCbor.integer(2))
                .put(DeterministicCbor.array(DeterministicCbor.integer(-1)), DeterministicCbor.integer(7))
                .put(-1, DeterministicCbor.integer(3))
                .put(DeterministicCbor.array(DeterministicCbor.integer(100)), DeterministicCbor.integer(6))
                .put(DeterministicCbor.text("aa"), DeterministicCbor.integer(5))
                .encode();
        assertThat(hex(one)).isEqualTo("a7" + "0a01" + "186402" + "2003" + "617a04" + "62616105" + "81186406"
                + "812007");
        assertThat(other).isEqualTo(one);
    }

    @Test
    void theClaimsKeysSortPositiveBeforePrivateUseNegative() {
        byte[] map = DeterministicCbor.map()
                .put(LockCommandFormat.CLAIM_NONCE, DeterministicCbor.integer(0))
                .put(LockCommandFormat.CLAIM_AUD, DeterministicCbor.integer(0))
                .put(LockCommandFormat.CLAIM_ACTION, DeterministicCbor.integer(0))
                .encode();
        assertThat(hex(map)).isEqualTo("a3" + "0300" + "3a0001000000" + "3a0001000200");
    }

    @Test
    void aRepeatedKeyIsRefused() {
        DeterministicCbor.MapBuilder map = DeterministicCbor.map()
                .put(1, DeterministicCbor.integer(1))
                .put(1, DeterministicCbor.integer(2));
        assertThatThrownBy(map::encode).isInstanceOf(IllegalStateException.class).hasMessageContaining("duplicate");
    }
}
