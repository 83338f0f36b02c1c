package com.lockvue.lockverifier;

import java.util.Arrays;

/**
 * Reads CBOR the way a lock should: only what the protocol uses (integers, byte strings, arrays, maps, tags),
 * only in deterministic encoding. Anything else (indefinite lengths, non-shortest heads, floats and simple
 * values, text, lengths running past the end, map keys out of order or repeated) is {@link MalformedException}.
 *
 * <p>Accepting exactly one encoding per value means the bytes that were signed are the only bytes a lock will act
 * on, and leaves no parser leniency for an attacker to explore.
 */
public final class StrictCborReader {

    /** Thrown for any input outside the strict subset; the verifier maps it to {@link Rejection#MALFORMED}. */
    public static final class MalformedException extends RuntimeException {
        MalformedException(String message) {
            super(message, null, false, false);
        }
    }

    private static final int MAJOR_UNSIGNED = 0;
    private static final int MAJOR_NEGATIVE = 1;
    private static final int MAJOR_BYTES = 2;
    private static final int MAJOR_ARRAY = 4;
    private static final int MAJOR_MAP = 5;
    private static final int MAJOR_TAG = 6;

    private final byte[] data;
    private int position;
    private int previousKeyStart = -1;
    private int previousKeyEnd = -1;

    public StrictCborReader(byte[] data) {
        this.data = data;
    }

    public long readTag() {
        return readHead(MAJOR_TAG);
    }

    public int readArrayHeader() {
        return count(readHead(MAJOR_ARRAY));
    }

    /** Starts a map: from here {@link #readMapKey()} enforces strictly increasing key encodings. */
    public int readMapHeader() {
        int entries = count(readHead(MAJOR_MAP));
        previousKeyStart = -1;
        previousKeyEnd = -1;
        return entries;
    }

    /**
     * Reads an integer map key of the current map. RFC 8949 §4.2.1 orders keys by their encoded bytes; requiring
     * each key to sort strictly after the previous one rejects both disorder and duplicates in one comparison.
     * Maps must not nest (none in this protocol do).
     */
    public long readMapKey() {
        int start = position;
        long key = readInt();
        if (previousKeyStart >= 0
                && Arrays.compareUnsigned(data, previousKeyStart, previousKeyEnd, data, start, position) >= 0) {
            throw new MalformedException("map keys not in strictly increasing deterministic order");
        }
        previousKeyStart = start;
        previousKeyEnd = position;
        return key;
    }

    public byte[] readBytes() {
        int length = count(readHead(MAJOR_BYTES));
        byte[] out = Arrays.copyOfRange(data, position, position + length);
        position += length;
        return out;
    }

    /** A major type 0 or 1 integer that fits a Java long. */
    public long readInt() {
        int major = peekMajor();
        if (major == MAJOR_UNSIGNED) {
            long value = readHead(MAJOR_UNSIGNED);
            if (value < 0) {
                throw new MalformedException("unsigned integer beyond 2^63-1");
            }
            return value;
        }
        if (major == MAJOR_NEGATIVE) {
            long argument = readHead(MAJOR_NEGATIVE);
            if (argument < 0) {
                throw new MalformedException("negative integer beyond -2^63");
            }
            return -1 - argument;
        }
        throw new MalformedException("expected an integer, found major type " + major);
    }

    /** A major type 0 integer in 0 .. 2^32-1, the range of the lock's clock. */
    public long readUint32() {
        long value = readHead(MAJOR_UNSIGNED);
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new MalformedException("value outside unsigned 32 bits");
        }
        return value;
    }

    public void requireEnd() {
        if (position != data.length) {
            throw new MalformedException((data.length - position) + " trailing bytes");
        }
    }

    private int peekMajor() {
        require(1);
        return (data[position] & 0xFF) >>> 5;
    }

    /** Reads a head of the expected major type and returns its argument (as unsigned 64 bits). */
    private long readHead(int expectedMajor) {
        require(1);
        int initial = data[position++] & 0xFF;
        int major = initial >>> 5;
        int info = initial & 0x1F;
        if (major != expectedMajor) {
            throw new MalformedException("expected major type " + expectedMajor + ", found " + major);
        }
        if (info < 24) {
            return info;
        }
        int length = switch (info) {
            case 24 -> 1;
            case 25 -> 2;
            case 26 -> 4;
            case 27 -> 8;
            default -> throw new MalformedException("indefinite length or reserved additional info " + info);
        };
        require(length);
        long argument = 0;
        for (int i = 0; i < length; i++) {
            argument = (argument << 8) | (data[position++] & 0xFF);
        }
        // Shortest form: the argument must not have fitted in the next smaller head.
        long smallestAllowed = switch (length) {
            case 1 -> 24;
            case 2 -> 0x100;
            case 4 -> 0x1_0000;
            default -> 0x1_0000_0000L;
        };
        if (Long.compareUnsigned(argument, smallestAllowed) < 0) {
            throw new MalformedException("integer or length not in shortest form");
        }
        return argument;
    }

    /** Lengths and counts must be plausible for the bytes left, which also keeps them within int range. */
    private int count(long argument) {
        if (argument < 0 || argument > data.length - position) {
            throw new MalformedException("length or count exceeds the remaining input");
        }
        return (int) argument;
    }

    private void require(int bytes) {
        if (data.length - position < bytes) {
            throw new MalformedException("truncated input");
        }
    }
}
