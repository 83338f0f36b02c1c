package com.lockvue.adapter.lockcommand;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The signing keys held in a PKCS#12 keystore: every EC P-256 entry is published to locks, the entry named by the
 * active alias signs. Rotation is therefore: add the new key, publish (locks learn it), switch the active alias,
 * and drop the old key once no lock needs it.
 */
public final class LockCommandKeys {

    /**
     * Password of the development keystore. A constant is acceptable because that keystore holds a throw-away
     * key in a git-ignored data folder and must never be used outside development; production keystores get
     * their password from configuration.
     */
    public static final String DEVELOPMENT_PASSWORD = "lockvue-development-only";
    public static final String DEVELOPMENT_ALIAS = "lock-command-dev";

    private final List<LockCommandKey> keys;
    private final LockCommandKey active;

    private LockCommandKeys(List<LockCommandKey> keys, LockCommandKey active) {
        this.keys = List.copyOf(keys);
        this.active = active;
    }

    /** Loads a PKCS#12 file; {@code password} unlocks both the file and its private keys. */
    public static LockCommandKeys load(Path keystore, char[] password, String activeAlias) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return of(store, password, activeAlias);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load lock command keystore " + keystore, e);
        }
    }

    /**
     * Development only: creates {@code keystore} (and its parent folders) with a fresh P-256 key on first use,
     * owner-only readable where the file system supports it, and reuses it afterwards so commands and trust
     * anchors survive restarts.
     */
    public static LockCommandKeys loadOrCreateDevelopmentKeystore(Path keystore) {
        char[] password = DEVELOPMENT_PASSWORD.toCharArray();
        if (!Files.exists(keystore)) {
            LockCommandKeystoreFile.addNewKey(keystore, password, DEVELOPMENT_ALIAS);
        }
        return load(keystore, password, DEVELOPMENT_ALIAS);
    }

    /** Reads every entry of an already loaded keystore; {@code password} unlocks its private keys. */
    public static LockCommandKeys of(KeyStore store, char[] password, String activeAlias) {
        try {
            List<LockCommandKey> keys = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                keys.add(read(store, password, alias));
            }
            return of(keys, activeAlias);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read lock command keystore", e);
        }
    }

    static LockCommandKeys of(List<LockCommandKey> keys, String activeAlias) {
        Objects.requireNonNull(activeAlias, "activeAlias");
        LockCommandKey active = keys.stream().filter(k -> k.alias().equals(activeAlias)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no key with alias '" + activeAlias + "'"));
        if (active.privateKey().isEmpty()) {
            throw new IllegalStateException("active key '" + activeAlias + "' has no private key");
        }
        requireDistinctKids(keys);
        List<LockCommandKey> ordered = new ArrayList<>(keys);
        ordered.sort(Comparator.comparing((LockCommandKey k) -> k != active).thenComparing(LockCommandKey::alias));
        return new LockCommandKeys(ordered, active);
    }

    /** The key that signs new commands. */
    public LockCommandKey active() {
        return active;
    }

    /** All keys, active first, then by alias: every one is a trust anchor. */
    public List<LockCommandKey> all() {
        return keys;
    }

    private static LockCommandKey read(KeyStore store, char[] password, String alias)
            throws GeneralSecurityException {
        Certificate certificate = store.getCertificate(alias);
        PublicKey publicKey = certificate == null ? null : certificate.getPublicKey();
        if (!(publicKey instanceof ECPublicKey ecPublic)) {
            // Refusing is safer than skipping: a silently ignored entry would be a key locks never learn.
            throw new IllegalStateException("keystore entry '" + alias + "' is not an EC key");
        }
        ECPrivateKey ecPrivate = null;
        if (store.isKeyEntry(alias)) {
            PrivateKey privateKey = (PrivateKey) store.getKey(alias, password);
            if (!(privateKey instanceof ECPrivateKey ec)) {
                throw new IllegalStateException("keystore entry '" + alias + "' has no EC private key");
            }
            ecPrivate = ec;
        }
        return new LockCommandKey(alias, ecPublic, ecPrivate);
    }

    private static void requireDistinctKids(List<LockCommandKey> keys) {
        Set<String> seen = new HashSet<>();
        for (LockCommandKey key : keys) {
            if (!seen.add(key.keyId())) {
                throw new IllegalStateException("two keystore entries share kid " + key.keyId()
                        + "; locks could not tell them apart");
            }
        }
    }
}
