package com.lockvue.adapter.lockcommand;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Writes P-256 signing keys into PKCS#12 files: the development key, and new keys for a rotation. */
public final class LockCommandKeystoreFile {

    private LockCommandKeystoreFile() {
    }

    /**
     * Generates a P-256 key pair and stores it under {@code alias}, creating the file (and parent folders) if
     * needed. The file is rewritten through a temporary file and an atomic rename, owner-only where POSIX
     * permissions exist, so a crash never leaves a half-written keystore and the key is never world-readable.
     */
    public static LockCommandKey addNewKey(Path file, char[] password, String alias) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    store.load(in, password);
                }
                if (store.containsAlias(alias)) {
                    throw new IllegalStateException("alias '" + alias + "' already exists in " + file);
                }
            } else {
                store.load(null, password);
            }
            KeyPair pair = generateP256();
            store.setKeyEntry(alias, pair.getPrivate(), password, new Certificate[] {selfSigned(pair, alias)});
            writeOwnerOnly(file, store, password);
            return LockCommandKeys.of(store, password, alias).active();
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot write lock command keystore " + file, e);
        }
    }

    private static KeyPair generateP256() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        return generator.generateKeyPair();
    }

    /**
     * PKCS#12 stores a private key only together with a certificate chain. Locks never see this certificate (they
     * trust raw keys by kid), so it is a minimal self-signed one with a long validity that can never get in the way.
     */
    private static X509Certificate selfSigned(KeyPair pair, String alias)
            throws OperatorCreationException, GeneralSecurityException {
        X500Name subject = new X500Name("CN=LockVue lock command key " + alias.replaceAll("[,=+<>#;\"\\\\]", "_"));
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(63, new SecureRandom()).add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(36500))),
                subject, pair.getPublic());
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
    }

    private static void writeOwnerOnly(Path file, KeyStore store, char[] password)
            throws IOException, GeneralSecurityException {
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path temp = posix
                ? Files.createTempFile(dir, ".lock-command-", ".p12.tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, ".lock-command-", ".p12.tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                store.store(out, password);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
