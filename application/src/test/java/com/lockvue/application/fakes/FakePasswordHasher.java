package com.lockvue.application.fakes;

import com.lockvue.application.port.out.PasswordHasher;
import com.lockvue.domain.account.Password;
import java.util.ArrayList;
import java.util.List;

/** "hash:" + password; remembers every hash it was asked to compare against. */
public final class FakePasswordHasher implements PasswordHasher {
    public static final String DECOY = "hash:<decoy>";
    private final List<String> comparedHashes = new ArrayList<>();

    @Override
    public String hash(Password password) {
        return "hash:" + password.reveal();
    }

    @Override
    public boolean matches(String candidate, String hash) {
        comparedHashes.add(hash);
        return !DECOY.equals(hash) && hash.equals("hash:" + candidate);
    }

    @Override
    public String decoyHash() {
        return DECOY;
    }

    public List<String> comparedHashes() {
        return comparedHashes;
    }
}
