import com.lockvue.lockverifier.LockClock;
import com.lockvue.lockverifier.LockCommandVerifier;
import com.lockvue.lockverifier.NonceRegistry;
import com.lockvue.lockverifier.OffsetRealTimeClock;
import com.lockvue.lockverifier.Result;
import java.io.FileInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bench/lean/smoke's lock: issues a nonce as a lock does (lock-verifier's NonceRegistry), asks BASE for an unlock
 * command with TOKEN for LOCK_ID, and verifies the answer with the project's LockCommandVerifier against the public
 * key of the product's lock-command keystore. Prints the verifier's result; exits 1 unless it is Accepted.
 * Usage: java -cp lock-verifier.jar VerifyUnlock.java BASE TOKEN LOCK_ID KEYSTORE
 */
public class VerifyUnlock {
    public static void main(String[] args) throws Exception {
        String base = args[0], token = args[1];
        UUID lock = UUID.fromString(args[2]);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(args[3])) {
            store.load(in, "lockvue-development-only".toCharArray());
        }
        PublicKey key = store.getCertificate("lock-command-dev").getPublicKey();
        long boot = System.nanoTime();
        NonceRegistry nonces = new NonceRegistry(() -> (System.nanoTime() - boot) / 1_000_000);
        byte[] nonce = nonces.issueNonce();
        String body = "{\"nonce\":\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce)
                + "\",\"action\":\"UNLOCK\"}";
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "/api/v1/locks/" + lock + "/unlock-commands"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        System.out.println("HTTP " + answer.statusCode() + " " + answer.body());
        String command = field(answer.body(), "command"), keyId = field(answer.body(), "keyId");
        if (command == null || keyId == null) {
            System.exit(1);
        }
        LockCommandVerifier verifier = new LockCommandVerifier(lock, Map.of(keyId, key), nonces,
                new LockClock(new OffsetRealTimeClock(Clock.systemUTC(), 0)));
        Result result = verifier.verify(Base64.getUrlDecoder().decode(command));
        System.out.println("lock-verifier: " + result);
        System.exit(result instanceof Result.Accepted ? 0 : 1);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }
}
