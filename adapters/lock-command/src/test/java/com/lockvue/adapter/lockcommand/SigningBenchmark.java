package com.lockvue.adapter.lockcommand;

import com.lockvue.application.port.out.LockCommandClaims;
import com.lockvue.domain.lock.LockId;
import com.lockvue.domain.permission.LockAction;
import com.lockvue.domain.permission.PermissionLevel;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Single-threaded signing throughput, run on demand (not a test; see docs/signing-benchmark.md):
 * {@code ./mvnw -o -q -pl adapters/lock-command test-compile exec:java}. Each candidate is warmed up, then
 * measured over several timed rounds on the same ~120-byte Sig_structure a real command signs.
 */
public final class SigningBenchmark {

    private static final long WARMUP_MILLIS = Long.getLong("bench.warmupMillis", 5_000);
    private static final long ROUND_MILLIS = Long.getLong("bench.roundMillis", 2_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);

    private interface Operation {
        byte[] run() throws Exception;
    }

    private static long sink;

    public static void main(String[] args) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        LockCommandKeys keys = LockCommandKeys.of(
                List.of(new LockCommandKey("bench", (ECPublicKey) pair.getPublic(), (ECPrivateKey) pair.getPrivate())),
                "bench");
        CoseLockCommandSigner coseSigner = new CoseLockCommandSigner(keys);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        LockCommandClaims claims = new LockCommandClaims(new LockId(UUID.randomUUID()), UUID.randomUUID(), now, now,
                now.plusSeconds(60), LockAction.UNLOCK, PermissionLevel.RESTRICTED,
                com.lockvue.domain.lock.Nonce.of(new byte[16]));
        byte[] sigStructure = CoseSign1.sigStructure(CoseSign1.protectedHeader(keys.active().kid()),
                ClaimsPayload.encode(claims));

        Signature jdk = Signature.getInstance("SHA256withECDSAinP1363Format");
        jdk.initSign(pair.getPrivate());
        Es256DeterministicSigner bc = Es256DeterministicSigner.of((ECPrivateKey) pair.getPrivate());

        System.out.printf("java %s (%s), %d cores, warm-up %d ms, %d x %d ms rounds%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), WARMUP_MILLIS, ROUNDS, ROUND_MILLIS);
        measure("JDK SunEC SHA256withECDSAinP1363Format (random k)", () -> {
            jdk.update(sigStructure);
            return jdk.sign();
        });
        measure("BouncyCastle ECDSASigner + HMacDSAKCalculator (RFC 6979)", () -> bc.sign(sigStructure));
        measure("CoseLockCommandSigner.sign (CBOR + RFC 6979 ES256)", () -> coseSigner.sign(claims).message());
        System.out.println("(ignore) " + sink);
    }

    private static void measure(String name, Operation operation) throws Exception {
        runFor(operation, WARMUP_MILLIS);
        double[] rates = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            long ops = runFor(operation, ROUND_MILLIS);
            rates[i] = ops / ((System.nanoTime() - start) / 1e9);
        }
        double mean = java.util.Arrays.stream(rates).average().orElse(0);
        double min = java.util.Arrays.stream(rates).min().orElse(0);
        double max = java.util.Arrays.stream(rates).max().orElse(0);
        System.out.printf("%-62s %,9.0f ops/s (min %,.0f, max %,.0f)%n", name, mean, min, max);
    }

    private static long runFor(Operation operation, long millis) throws Exception {
        long deadline = System.nanoTime() + millis * 1_000_000;
        long ops = 0;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < 64; i++) {
                sink += operation.run()[5];
            }
            ops += 64;
        }
        return ops;
    }
}
