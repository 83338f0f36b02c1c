package com.lockvue.lockverifier;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The few CBOR items the protocol uses, in shortest-form heads, for building messages in tests. Map entries are
 * written in the order given, so a test can also build maps a lock must refuse.
 */
final class TestCbor {

    private TestCbor() {
    }

    static byte[] integer(long value) {
        return value >= 0 ? head(0, value) : head(1, -1 - value);
    }

    static byte[] bytes(byte[] value) {
        return concat(head(2, value.length), value);
    }

    static byte[] text(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        return concat(head(3, utf8.length), utf8);
    }

    static byte[] array(byte[]... items) {
        return concat(head(4, items.length), concat(items));
    }

    /** Alternating encoded keys and values, kept in the given order. */
    static byte[] map(byte[]... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("a map needs a value for every key");
        }
        return concat(head(5, keysAndValues.length / 2), concat(keysAndValues));
    }

    static byte[] tag(long tag, byte[] item) {
        return concat(head(6, tag), item);
    }

    static byte[] head(int major, long argument) {
        int type = major << 5;
        if (argument < 24) {
            return new byte[] {(byte) (type | argument)};
        }
        int length = argument <= 0xFF ? 1 : argument <= 0xFFFF ? 2 : argument <= 0xFFFF_FFFFL ? 4 : 8;
        byte[] out = new byte[1 + length];
        out[0] = (byte) (type | (length == 1 ? 24 : length == 2 ? 25 : length == 4 ? 26 : 27));
        for (int i = 0; i < length; i++) {
            out[length - i] = (byte) (argument >>> (8 * i));
        }
        return out;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
