package com.lockvue.adapter.password;

import com.lockvue.application.port.out.PasswordHasher;
import com.lockvue.domain.account.Password;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106) with BouncyCastle, stored in the PHC string format
 * {@code $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>} (base64 without padding). The whole password
 * is hashed: there is no 72-byte cut-off as with bcrypt.
 *
 * <p>bcrypt hashes written by earlier versions ({@code $2a$}, {@code $2b$}, {@code $2y$}) still verify, against the
 * password as typed (it was not normalised then), and {@link #needsRehash} reports them so that the next successful
 * login replaces them.
 *
 * <p>Each hash holds its memory cost (19 MiB by default) while it runs, and is pure CPU: more hashes at once than
 * cores only queue in the CPU while multiplying the memory. So at most {@code concurrency} run at a time (by
 * default one per core); a flood of logins waits for a turn instead of exhausting the heap.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {
    private static final String PREFIX = "$argon2id$v=19$";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private final Argon2Cost cost;
    private final Semaphore running;
    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final SecureRandom random = new SecureRandom();
    private final String decoy;

    public Argon2idPasswordHasher(Argon2Cost cost) {
        this(cost, Runtime.getRuntime().availableProcessors());
    }

    public Argon2idPasswordHasher(Argon2Cost cost, int concurrency) {
        this.cost = cost;
        this.running = new Semaphore(Math.max(1, concurrency), true);
        this.decoy = hash(Password.typed(UUID.randomUUID().toString(), "/password"));
    }

    @Override
    public String hash(Password password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password.reveal(), salt, cost, HASH_BYTES);
        return PREFIX + cost.phcParameters() + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    @Override
    public boolean matches(Password candidate, String stored) {
        if (stored.startsWith("$2")) {
            return bcryptMatches(candidate.asTyped(), stored);
        }
        Phc phc = Phc.parse(stored);
        if (phc == null) {
            return false;
        }
        byte[] computed = derive(candidate.reveal(), phc.salt(), phc.cost(), phc.hash().length);
        return MessageDigest.isEqual(computed, phc.hash());
    }

    @Override
    public boolean needsRehash(String stored) {
        Phc phc = Phc.parse(stored);
        return phc == null || !phc.cost().equals(cost);
    }

    @Override
    public String decoyHash() {
        return decoy;
    }

    private static boolean bcryptMatches(String typed, String stored) {
        try {
            return OpenBSDBCrypt.checkPassword(stored, typed.toCharArray());
        } catch (IllegalArgumentException | org.bouncycastle.crypto.DataLengthException malformed) {
            return false;
        }
    }

    private byte[] derive(String password, byte[] salt, Argon2Cost cost, int length) {
        try {
            running.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to hash a password", e);
        }
        try {
            peak.accumulateAndGet(inside.incrementAndGet(), Math::max);
            return argon2id(password, salt, cost, length);
        } finally {
            inside.decrementAndGet();
            running.release();
        }
    }

    /** The most hashes that ever ran at once (for tests and diagnostics). */
    int peakConcurrency() {
        return peak.get();
    }

    private static byte[] argon2id(String password, byte[] salt, Argon2Cost cost, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKib())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    /** A stored Argon2id hash taken apart; null for anything that is not one. */
    private record Phc(Argon2Cost cost, byte[] salt, byte[] hash) {
        static Phc parse(String stored) {
            if (stored == null || !stored.startsWith(PREFIX)) {
                return null;
            }
            String[] parts = stored.substring(PREFIX.length()).split("\\$", -1);
            if (parts.length != 3) {
                return null;
            }
            try {
                Argon2Cost cost = Argon2Cost.fromPhc(parts[0]);
                byte[] salt = B64_DECODER.decode(parts[1]);
                byte[] hash = B64_DECODER.decode(parts[2]);
                return salt.length >= 8 && hash.length >= 16 ? new Phc(cost, salt, hash) : null;
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
    }
}
