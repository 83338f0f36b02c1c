package com.lockvue.application.fakes;

import com.lockvue.application.port.out.PasswordHasher;
import com.lockvue.domain.account.Password;
import java.util.ArrayList;
import java.util.List;

/** "hash:" + the normalised password (or "legacy:" + the typed one, an old scheme); remembers every hash it was asked to compare against. */
public final class FakePasswordHasher implements PasswordHasher {
    public static final String DECOY = "hash:<decoy>";
    public static final String LEGACY_PREFIX = "legacy:";
    private final List<String> comparedHashes = new ArrayList<>();

    @Override
    public String hash(Password password) {
        return "hash:" + password.reveal();
    }

    @Override
    public boolean matches(Password candidate, String hash) {
        comparedHashes.add(hash);
        return !DECOY.equals(hash) && (hash.equals("hash:" + candidate.reveal())
                || hash.equals(LEGACY_PREFIX + candidate.asTyped()));
    }

    /** Hashes of an older scheme (think bcrypt): they match the password as typed, and need a new hash. */
    @Override
    public boolean needsRehash(String hash) {
        return hash.startsWith(LEGACY_PREFIX);
    }

    @Override
    public String decoyHash() {
        return DECOY;
    }

    public List<String> comparedHashes() {
        return comparedHashes;
    }
}
