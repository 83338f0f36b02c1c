package com.lockvue.adapter.password;

import com.lockvue.domain.account.Password;
import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * What one password hash costs, single-threaded, run on demand (not a test): Argon2id at the product's cost
 * (OWASP: 19 MiB, 2 passes, 1 lane) beside the bcrypt cost 12 the server used before, as the baseline. Each is
 * warmed up, then timed over several rounds; prints milliseconds per hash.
 */
public final class HashingBenchmark {
    private static final int WARMUP = Integer.getInteger("bench.warmup", 10);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final int PER_ROUND = Integer.getInteger("bench.perRound", 20);

    private interface Hash {
        String run(int i);
    }

    public static void main(String[] args) {
        Argon2idPasswordHasher argon2 = new Argon2idPasswordHasher(Argon2Cost.OWASP);
        String stored = argon2.hash(Password.typed("correct horse battery", "/p"));
        measure("argon2id m=19456 t=2 p=1, hash", i -> argon2.hash(Password.typed("correct horse battery " + i, "/p")));
        measure("argon2id m=19456 t=2 p=1, verify", i -> String.valueOf(
                argon2.matches(Password.typed("correct horse battery", "/p"), stored)));
        measure("bcrypt cost 12 (before), hash", i -> BcryptUtil.bcryptHash("correct horse battery " + i, 12));
    }

    private static void measure(String name, Hash hash) {
        long sink = 0;
        for (int i = 0; i < WARMUP; i++) {
            sink += hash.run(i).length();
        }
        StringBuilder rounds = new StringBuilder();
        for (int r = 0; r < ROUNDS; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < PER_ROUND; i++) {
                sink += hash.run(i).length();
            }
            double millis = (System.nanoTime() - start) / 1e6 / PER_ROUND;
            rounds.append(String.format(" %.1f", millis));
        }
        System.out.printf("%-36s ms per hash, %d rounds of %d:%s (sink %d)%n", name, ROUNDS, PER_ROUND, rounds, sink % 7);
    }
}
