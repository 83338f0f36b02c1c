package com.lockvue.lockverifier;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Reference implementation of what a lock does with a command written to it over BLE, written to be ported line
 * by line to firmware: JDK only, no allocation-heavy abstractions, checks in a fixed order, the nonce consumed
 * last so a refused command never burns it. The format is specified in docs/lock-protocol.md.
 *
 * <p>Freshness and validity come from the nonce and the lock's monotonic timer, never from its wall clock: the
 * nonce was issued before the server signed, so on arrival the server's time is at most iat + 1 s + the nonce's
 * age. That bound holds whether the wall clock is right, an hour off or unset, and it makes exp exact. The wall
 * clock then follows the signed time ({@link LockClock}).
 *
 * <p>One instance is one boot of one lock, and handles one command at a time, as a lock's BLE handler does.
 */
public final class LockCommandVerifier {

    /** Largest message a lock accepts: one BLE ATT write at the iOS MTU of 185. */
    public static final int MAX_MESSAGE_BYTES = 182;
    public static final long MAX_VALIDITY_SECONDS = 60;

    private static final int COSE_SIGN1_TAG = 18;
    private static final int HEADER_ALG = 1;
    private static final int HEADER_KID = 4;
    private static final int ALG_ES256 = -7;
    private static final int ID_LENGTH = 16;
    private static final long[] CLAIM_KEYS_IN_ORDER = {
        3, // aud
        4, // exp
        5, // nbf
        6, // iat
        7, // cti
        -65537, // action
        -65538, // permission level
        -65539, // nonce
    };
    private static final byte[] SIG_STRUCTURE_PREFIX = sigStructurePrefix();

    private final UUID thisLock;
    private final Map<String, PublicKey> trustedKeys;
    private final NonceRegistry nonces;
    private final LockClock clock;

    /**
     * @param trustedKeys P-256 public keys by kid in base64url without padding (the {@code keyId} of a trust anchor)
     * @param nonces the nonces this lock issued since boot, aged by its monotonic timer
     * @param clock the lock's wall clock, set from signed time
     */
    public LockCommandVerifier(UUID thisLock, Map<String, PublicKey> trustedKeys, NonceRegistry nonces,
            LockClock clock) {
        this.thisLock = Objects.requireNonNull(thisLock);
        this.trustedKeys = Map.copyOf(trustedKeys);
        this.nonces = Objects.requireNonNull(nonces);
        this.clock = Objects.requireNonNull(clock);
        this.trustedKeys.forEach((kid, key) -> {
            if (!(key instanceof ECPublicKey ec) || ec.getParams().getCurve().getField().getFieldSize() != 256) {
                throw new IllegalArgumentException("trusted key " + kid + " is not a P-256 key");
            }
        });
    }

    public synchronized Result verify(byte[] message) {
        try {
            return check(message);
        } catch (StrictCborReader.MalformedException e) {
            return new Result.Rejected(Rejection.MALFORMED);
        }
    }

    private Result check(byte[] message) {
        if (message.length > MAX_MESSAGE_BYTES) {
            return reject(Rejection.MALFORMED);
        }
        // 1. Envelope: 18([protected: bstr, unprotected: {}, payload: bstr, signature: bstr]).
        StrictCborReader envelope = new StrictCborReader(message);
        if (envelope.readTag() != COSE_SIGN1_TAG || envelope.readArrayHeader() != 4) {
            return reject(Rejection.MALFORMED);
        }
        byte[] protectedHeader = envelope.readBytes();
        if (envelope.readMapHeader() != 0) {
            // Nothing may travel unprotected: an unprotected kid or alg could be altered without breaking the signature.
            return reject(Rejection.MALFORMED);
        }
        byte[] payload = envelope.readBytes();
        byte[] signature = envelope.readBytes();
        envelope.requireEnd();

        // 2. Protected header: exactly {1: alg, 4: kid}.
        StrictCborReader header = new StrictCborReader(protectedHeader);
        if (header.readMapHeader() != 2 || header.readMapKey() != HEADER_ALG) {
            return reject(Rejection.MALFORMED);
        }
        long alg = header.readInt();
        if (header.readMapKey() != HEADER_KID) {
            return reject(Rejection.MALFORMED);
        }
        byte[] kid = header.readBytes();
        header.requireEnd();
        if (alg != ALG_ES256) {
            return reject(Rejection.BAD_ALGORITHM);
        }

        // 3. Key and signature, before any claim is believed.
        String keyId = Base64.getUrlEncoder().withoutPadding().encodeToString(kid);
        PublicKey key = trustedKeys.get(keyId);
        if (key == null) {
            return reject(Rejection.UNKNOWN_KID);
        }
        if (signature.length != Es256Signature.LENGTH) {
            return reject(Rejection.BAD_SIGNATURE_LENGTH);
        }
        if (!Es256Signature.verify(key, sigStructure(protectedHeader, payload), signature)) {
            return reject(Rejection.BAD_SIGNATURE);
        }

        // 4. Claims: all eight, in deterministic key order, nothing else.
        StrictCborReader claims = new StrictCborReader(payload);
        if (claims.readMapHeader() != CLAIM_KEYS_IN_ORDER.length) {
            return reject(Rejection.MALFORMED);
        }
        expectKey(claims, 0);
        UUID audience = readId(claims);
        expectKey(claims, 1);
        long exp = claims.readUint32();
        expectKey(claims, 2);
        long nbf = claims.readUint32();
        expectKey(claims, 3);
        long iat = claims.readUint32();
        expectKey(claims, 4);
        UUID commandId = readId(claims);
        expectKey(claims, 5);
        int action = readCode(claims);
        expectKey(claims, 6);
        int level = readCode(claims);
        expectKey(claims, 7);
        byte[] nonce = claims.readBytes();
        claims.requireEnd();
        if (nonce.length != NonceRegistry.NONCE_LENGTH || exp < nbf) {
            return reject(Rejection.MALFORMED);
        }
        int required = CommandCodes.requiredLevel(action);
        if (required < 0 || !CommandCodes.isKnownLevel(level)) {
            return reject(Rejection.MALFORMED);
        }

        // 5. Addressed to this lock, for a short window, an action the level covers.
        if (!audience.equals(thisLock)) {
            return reject(Rejection.WRONG_AUDIENCE);
        }
        if (exp - nbf > MAX_VALIDITY_SECONDS) {
            return reject(Rejection.VALIDITY_TOO_LONG);
        }
        if (level < required) {
            return reject(Rejection.ACTION_NOT_PERMITTED);
        }

        // 6. Fresh: a nonce this lock issued since boot, unused, younger than its lifetime.
        long age = nonces.ageMillis(nonce);
        if (age < 0) {
            return reject(nonces.wasConsumed(nonce) ? Rejection.REPLAYED_NONCE : Rejection.UNKNOWN_NONCE);
        }
        if (age >= NonceRegistry.LIFETIME_MILLIS) {
            return reject(Rejection.NONCE_EXPIRED);
        }

        // 7. Valid in the server's time, which on arrival lies in [iat, iat + 1 s + age]; no tolerance needed.
        if (nbf > iat) {
            return reject(Rejection.NOT_YET_VALID);
        }
        if ((iat + 1) * 1000 + age > exp * 1000) {
            return reject(Rejection.EXPIRED);
        }

        // 8. Last, so only a command that passed everything else can use up the nonce or move the clock.
        if (!nonces.consume(nonce)) {
            return reject(Rejection.REPLAYED_NONCE);
        }
        ClockReport clockReport = clock.follow(iat, age, action == CommandCodes.ACTION_TIME_SYNC);
        return new Result.Accepted(new VerifiedCommand(keyId, audience, commandId, iat, nbf, exp, action, level,
                nonce), clockReport);
    }

    private static void expectKey(StrictCborReader claims, int index) {
        if (claims.readMapKey() != CLAIM_KEYS_IN_ORDER[index]) {
            throw new StrictCborReader.MalformedException("claim key missing, unknown or out of order");
        }
    }

    /** Action and level codes are small unsigned integers; anything else cannot be a known code. */
    private static int readCode(StrictCborReader reader) {
        long code = reader.readInt();
        if (code < 0 || code > 0xFF) {
            throw new StrictCborReader.MalformedException("unknown code " + code);
        }
        return (int) code;
    }

    private static UUID readId(StrictCborReader reader) {
        byte[] id = reader.readBytes();
        if (id.length != ID_LENGTH) {
            throw new StrictCborReader.MalformedException("ids are 16 bytes");
        }
        ByteBuffer buffer = ByteBuffer.wrap(id);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    /** ["Signature1", protected, h'', payload], rebuilt from the bytes received, never from re-encoded values. */
    private static byte[] sigStructure(byte[] protectedHeader, byte[] payload) {
        ByteBuffer out = ByteBuffer.allocate(SIG_STRUCTURE_PREFIX.length + 3 + protectedHeader.length + 1 + 3
                + payload.length);
        out.put(SIG_STRUCTURE_PREFIX);
        putByteStringHead(out, protectedHeader.length);
        out.put(protectedHeader);
        out.put((byte) 0x40); // external_aad: empty byte string
        putByteStringHead(out, payload.length);
        out.put(payload);
        byte[] bytes = new byte[out.position()];
        out.flip().get(bytes);
        return bytes;
    }

    /** Array of four, then the text "Signature1": fixed bytes 84 6A 5369676E617475726531. */
    private static byte[] sigStructurePrefix() {
        byte[] context = "Signature1".getBytes(StandardCharsets.US_ASCII);
        byte[] prefix = new byte[2 + context.length];
        prefix[0] = (byte) 0x84;
        prefix[1] = (byte) (0x60 | context.length);
        System.arraycopy(context, 0, prefix, 2, context.length);
        return prefix;
    }

    /** Both parts are shorter than 182 bytes, so one- or two-byte heads are all that can occur. */
    private static void putByteStringHead(ByteBuffer out, int length) {
        if (length < 24) {
            out.put((byte) (0x40 | length));
        } else {
            out.put((byte) 0x58).put((byte) length);
        }
    }

    private static Result reject(Rejection reason) {
        return new Result.Rejected(reason);
    }
}
