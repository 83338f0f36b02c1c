package com.lockvue.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Secrets for a machine with none configured: created once in the (git-ignored) data folder and reused after
 * restarts, so sessions and stored codes survive. Production sets its own through configuration instead.
 */
public final class DevelopmentSecrets {
    public static final String JWT_PRIVATE_KEY = "jwt-private-key.pem";
    public static final String JWT_PUBLIC_KEY = "jwt-public-key.pem";
    public static final String CODE_SECRET = "unique-code-secret.b64";
    public static final String LOCK_COMMAND_KEYSTORE = "lock-command-keys.p12";
    public static final String DATABASE_PASSWORD = "database-password";
    private static final String OWNER_ONLY_DIRECTORY = "rwx------";

    private DevelopmentSecrets() {
    }

    /** Makes sure the secrets exist under {@code directory}; returns the configuration properties that use them. */
    public static Map<String, String> ensure(Path directory) {
        try {
            createOwnerOnlyDirectory(directory);
            Path privateKey = directory.resolve(JWT_PRIVATE_KEY);
            Path publicKey = directory.resolve(JWT_PUBLIC_KEY);
            if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
                KeyPair pair = generator.generateKeyPair();
                writeSecret(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            }
            Path codeSecret = directory.resolve(CODE_SECRET);
            if (!Files.exists(codeSecret)) {
                byte[] secret = new byte[32];
                new SecureRandom().nextBytes(secret);
                writeSecret(codeSecret, Base64.getEncoder().encodeToString(secret));
            }
            Map<String, String> config = new LinkedHashMap<>();
            config.put("smallrye.jwt.sign.key.location", privateKey.toAbsolutePath().toString());
            config.put("mp.jwt.verify.publickey.location", publicKey.toAbsolutePath().toString());
            config.put("lockvue.unique-codes.secret", Files.readString(codeSecret).strip());
            config.put("lockvue.lock-command.keystore.development-path",
                    directory.resolve(LOCK_COMMAND_KEYSTORE).toAbsolutePath().toString());
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare development secrets in " + directory, e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is not available", e);
        }
    }

    /**
     * The embedded PostgreSQL's superuser password, made on first use: one line of random text in {@code directory}.
     * The file itself is handed to initdb ({@code --pwfile}), so the password is never on a command line.
     */
    public static Path databasePasswordFile(Path directory) {
        try {
            createOwnerOnlyDirectory(directory);
            Path file = directory.resolve(DATABASE_PASSWORD);
            if (!Files.exists(file)) {
                byte[] random = new byte[24];
                new SecureRandom().nextBytes(random);
                writeSecret(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n");
            }
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the database password in " + directory, e);
        }
    }

    /** Creates {@code directory} (and its parents) if need be and makes it readable by its owner alone. */
    static void createOwnerOnlyDirectory(Path directory) throws IOException {
        Files.createDirectories(directory);
        try {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString(OWNER_ONLY_DIRECTORY));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: permissions are inherited from the parent folder's ACL.
        }
    }

    /** Writes a new secret file that is never readable by others, not even for the moment before a chmod. */
    private static void writeSecret(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        try {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(temporary);
        }
        Files.writeString(temporary, content);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
