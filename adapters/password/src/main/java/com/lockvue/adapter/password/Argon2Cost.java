package com.lockvue.adapter.password;

/**
 * How expensive one Argon2id hash is. The product default is OWASP's first recommendation for Argon2id:
 * 19 MiB of memory, 2 passes, 1 lane (OWASP Password Storage Cheat Sheet); only tests set it lower.
 */
public record Argon2Cost(int memoryKib, int iterations, int parallelism) {
    public static final Argon2Cost OWASP = new Argon2Cost(19 * 1024, 2, 1);

    public Argon2Cost {
        if (parallelism < 1 || iterations < 1 || memoryKib < 8 * parallelism) {
            throw new IllegalArgumentException("Argon2id needs at least one lane, one pass and 8 KiB per lane");
        }
    }

    String phcParameters() {
        return "m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism;
    }

    static Argon2Cost fromPhc(String parameters) {
        int m = -1;
        int t = -1;
        int p = -1;
        for (String pair : parameters.split(",")) {
            String[] kv = pair.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("not a parameter: " + pair);
            }
            int value = Integer.parseInt(kv[1]);
            switch (kv[0]) {
                case "m" -> m = value;
                case "t" -> t = value;
                case "p" -> p = value;
                default -> throw new IllegalArgumentException("unknown parameter " + kv[0]);
            }
        }
        return new Argon2Cost(m, t, p);
    }
}
