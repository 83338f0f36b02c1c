package com.lockvue.bootstrap;

import com.lockvue.adapter.persistence.CodeSecrets;
import com.lockvue.adapter.persistence.IdempotencySecrets;
import com.lockvue.adapter.persistence.WebhookSecretCipher;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Server-side secrets from configuration (LOCKVUE_UNIQUE_CODES_SECRET in production). */
public class SecretsWiring {

    @Produces
    @Singleton
    CodeSecrets codeSecrets(@ConfigProperty(name = "lockvue.unique-codes.secret") String base64Secret) {
        return new CodeSecrets(Base64.getDecoder().decode(base64Secret.strip()));
    }

    /** The same server secret, under other derivations: keys the stored answers of idempotent requests. */
    @Produces
    @Singleton
    IdempotencySecrets idempotencySecrets(@ConfigProperty(name = "lockvue.unique-codes.secret") String base64Secret) {
        return new IdempotencySecrets(Base64.getDecoder().decode(base64Secret.strip()));
    }

    /** Webhook signing secrets are encrypted under a key derived from the same server secret. */
    @Produces
    @Singleton
    WebhookSecretCipher webhookSecrets(@ConfigProperty(name = "lockvue.unique-codes.secret") String base64Secret) {
        return new WebhookSecretCipher(Base64.getDecoder().decode(base64Secret.strip()));
    }
}
