package bench.lean;

import com.lockvue.adapter.lockcommand.CoseLockCommandSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The product's secrets, read once from its secrets folder: the token key pair (PEM), the Unique Code server
 * secret (base64; only its lookup derivation is used here, as the product's CodeSecrets derives it) and the lock
 * command keystore (PKCS#12, loaded by the product's own signer).
 */
final class Secrets {
    final ECPrivateKey tokenPrivateKey;
    final ECPublicKey tokenPublicKey;
    final CoseLockCommandSigner lockCommands;
    private final SecretKeySpec lookupKey;
    private final ThreadLocal<Mac> macs;

    Secrets(Path dir, String keystorePassword, String activeAlias) {
        try {
            KeyFactory ec = KeyFactory.getInstance("EC");
            tokenPrivateKey = (ECPrivateKey) ec.generatePrivate(new PKCS8EncodedKeySpec(pem(dir.resolve("jwt-private-key.pem"))));
            tokenPublicKey = (ECPublicKey) ec.generatePublic(new X509EncodedKeySpec(pem(dir.resolve("jwt-public-key.pem"))));
            byte[] serverSecret = Base64.getDecoder().decode(
                    Files.readString(dir.resolve("unique-code-secret.b64"), StandardCharsets.US_ASCII).strip());
            if (serverSecret.length < 32) {
                throw new IllegalStateException("the code secret must be at least 32 bytes");
            }
            // CodeSecrets / SecretCrypto.derive: HMAC-SHA256(serverSecret, purpose) is the lookup key.
            lookupKey = new SecretKeySpec(hmac(new SecretKeySpec(serverSecret, "HmacSHA256"),
                    "unique-code lookup v1".getBytes(StandardCharsets.US_ASCII)), "HmacSHA256");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the secrets in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the token keys in " + dir, e);
        }
        macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(lookupKey);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
        lockCommands = CoseLockCommandSigner.fromKeystore(dir.resolve("lock-command-keys.p12"),
                keystorePassword.toCharArray(), activeAlias);
    }

    /** The code_hmac of a canonical code (CodeSecrets.lookupHash). */
    byte[] lookupHash(String canonicalCode) {
        return macs.get().doFinal(canonicalCode.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(key);
        return mac.doFinal(data);
    }

    private static byte[] pem(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\r?\n")) {
            if (!line.startsWith("-----") && !line.isBlank()) {
                body.append(line.strip());
            }
        }
        return Base64.getDecoder().decode(body.toString());
    }
}
