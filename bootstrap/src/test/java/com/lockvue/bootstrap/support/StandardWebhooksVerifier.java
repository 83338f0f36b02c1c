package com.lockvue.bootstrap.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A receiver's check of a delivery, written from the Standard Webhooks specification alone (not from the server's
 * code): strip {@code whsec_}, base64-decode the key, HMAC-SHA256 over {@code webhook-id.webhook-timestamp.body},
 * and accept if any space-separated {@code v1,} signature matches in constant time.
 */
public final class StandardWebhooksVerifier {
    private StandardWebhooksVerifier() {
    }

    public static boolean verifies(String secret, WebhookReceiver.Received delivery) {
        String header = delivery.header("webhook-signature");
        if (header == null || !secret.startsWith("whsec_")) {
            return false;
        }
        byte[] expected;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            expected = mac.doFinal((delivery.header("webhook-id") + "." + delivery.header("webhook-timestamp") + "."
                    + delivery.body()).getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        for (String signature : header.split(" ")) {
            if (signature.startsWith("v1,") && MessageDigest.isEqual(expected,
                    Base64.getDecoder().decode(signature.substring(3)))) {
                return true;
            }
        }
        return false;
    }
}
