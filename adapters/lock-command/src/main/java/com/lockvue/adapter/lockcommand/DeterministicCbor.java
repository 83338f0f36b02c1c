package com.lockvue.adapter.lockcommand;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Encodes the subset of CBOR this protocol needs with the core deterministic encoding of RFC 8949 §4.2.1:
 * every head in its shortest form, definite lengths only, and map keys sorted bytewise by their encoding.
 *
 * <p>Items are passed around already encoded ({@code byte[]}); that keeps the encoder free of a value model and
 * makes map key ordering a plain comparison of the encodings, which is exactly what §4.2.1 specifies.
 */
public final class DeterministicCbor {

    static final int MAJOR_UNSIGNED = 0;
    static final int MAJOR_NEGATIVE = 1;
    static final int MAJOR_BYTES = 2;
    static final int MAJOR_TEXT = 3;
    static final int MAJOR_ARRAY = 4;
    static final int MAJOR_MAP = 5;
    static final int MAJOR_TAG = 6;

    private DeterministicCbor() {
    }

    /** Any signed 64-bit integer: major type 0 for {@code value >= 0}, major type 1 otherwise. */
    public static byte[] integer(long value) {
        // For negatives CBOR stores -1 - value, which is ~value and always non-negative.
        return value >= 0 ? head(MAJOR_UNSIGNED, value) : head(MAJOR_NEGATIVE, ~value);
    }

    public static byte[] bytes(byte[] value) {
        return concat(head(MAJOR_BYTES, value.length), value);
    }

    public static byte[] text(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        return concat(head(MAJOR_TEXT, utf8.length), utf8);
    }

    public static byte[] array(byte[]... encodedItems) {
        return concat(head(MAJOR_ARRAY, encodedItems.length), encodedItems);
    }

    public static byte[] tag(long tag, byte[] encodedItem) {
        return concat(head(MAJOR_TAG, tag), encodedItem);
    }

    public static MapBuilder map() {
        return new MapBuilder();
    }

    /**
     * The initial byte plus argument in its shortest form. {@code argument} is read as unsigned, so the whole
     * 64-bit range of CBOR arguments is reachable (needed for {@code Long.MIN_VALUE} as a negative integer).
     */
    static byte[] head(int majorType, long argument) {
        int major = majorType << 5;
        if (Long.compareUnsigned(argument, 24) < 0) {
            return new byte[] {(byte) (major | argument)};
        }
        if (Long.compareUnsigned(argument, 0xFFL) <= 0) {
            return new byte[] {(byte) (major | 24), (byte) argument};
        }
        if (Long.compareUnsigned(argument, 0xFFFFL) <= 0) {
            return new byte[] {(byte) (major | 25), (byte) (argument >>> 8), (byte) argument};
        }
        if (Long.compareUnsigned(argument, 0xFFFF_FFFFL) <= 0) {
            return new byte[] {(byte) (major | 26), (byte) (argument >>> 24), (byte) (argument >>> 16),
                    (byte) (argument >>> 8), (byte) argument};
        }
        byte[] out = new byte[9];
        out[0] = (byte) (major | 27);
        for (int i = 0; i < 8; i++) {
            out[1 + i] = (byte) (argument >>> (56 - 8 * i));
        }
        return out;
    }

    private static byte[] concat(byte[] first, byte[]... rest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        for (byte[] part : rest) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Collects entries in any order and emits them in deterministic order; a repeated key is a programming error. */
    public static final class MapBuilder {
        private final List<byte[][]> entries = new ArrayList<>();

        private MapBuilder() {
        }

        public MapBuilder put(long key, byte[] encodedValue) {
            return put(integer(key), encodedValue);
        }

        public MapBuilder put(byte[] encodedKey, byte[] encodedValue) {
            entries.add(new byte[][] {encodedKey.clone(), encodedValue.clone()});
            return this;
        }

        public byte[] encode() {
            List<byte[][]> sorted = new ArrayList<>(entries);
            sorted.sort((a, b) -> Arrays.compareUnsigned(a[0], b[0]));
            byte[][] parts = new byte[sorted.size() * 2][];
            for (int i = 0; i < sorted.size(); i++) {
                if (i > 0 && Arrays.equals(sorted.get(i - 1)[0], sorted.get(i)[0])) {
                    throw new IllegalStateException("duplicate CBOR map key");
                }
                parts[2 * i] = sorted.get(i)[0];
                parts[2 * i + 1] = sorted.get(i)[1];
            }
            return concat(head(MAJOR_MAP, sorted.size()), parts);
        }
    }
}
