package com.lockvue.adapter.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.lockvue.domain.webhook.WebhookSecret;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardWebhookSignatureTest {

    /** The signing vector the Standard Webhooks reference libraries test against. */
    @Test
    void signsTheReferenceLibrariesVectorAsTheyDo() {
        WebhookSecret secret = new WebhookSecret(Base64.getDecoder().decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        assertThat(StandardWebhookSignature.header("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}",
                List.of(secret))).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void oneSignaturePerSecretSeparatedBySpaces() {
        WebhookSecret a = new WebhookSecret(new byte[32]);
        WebhookSecret b = new WebhookSecret(new byte[24]);
        String header = StandardWebhookSignature.header("id", 1, "{}", List.of(a, b));
        assertThat(header.split(" ")).hasSize(2).allSatisfy(sig -> assertThat(sig).matches("v1,[A-Za-z0-9+/]{43}="));
        assertThat(header.split(" ")[0]).isEqualTo(StandardWebhookSignature.header("id", 1, "{}", List.of(a)));
    }
}
