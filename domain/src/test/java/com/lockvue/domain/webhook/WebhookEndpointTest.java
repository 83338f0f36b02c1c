package com.lockvue.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.failure.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookEndpointTest {
    static final Instant T = Instant.parse("2026-03-10T09:00:00Z");
    final SplittableRandom random = new SplittableRandom(1);

    WebhookEndpoint endpoint() {
        return WebhookEndpoint.create(new AccountId(UUID.randomUUID()), WebhookUrl.parse("https://example.com/h", "/url"),
                "PMS", Set.of(EventType.UNIQUE_CODE_CREATED), WebhookSecret.generate(random), T);
    }

    @Test
    void aRotatedOutSecretSignsBesideTheNewOneForADayThenStops() {
        WebhookEndpoint endpoint = endpoint();
        WebhookSecret old = endpoint.secret();
        WebhookSecret next = WebhookSecret.generate(random);
        endpoint.rotateSecret(next, T);

        assertThat(endpoint.signingSecretsAt(T)).containsExactly(next, old);
        assertThat(endpoint.signingSecretsAt(T.plus(Duration.ofHours(24)).minusNanos(1000))).containsExactly(next, old);
        assertThat(endpoint.signingSecretsAt(T.plus(Duration.ofHours(24)))).containsExactly(next);
    }

    @Test
    void changeTellsWhetherAnythingChanged() {
        WebhookEndpoint endpoint = endpoint();
        assertThat(endpoint.change(null, "PMS", Set.of(EventType.UNIQUE_CODE_CREATED), true)).isFalse();
        assertThat(endpoint.change(null, null, null, false)).isTrue();
        assertThat(endpoint.enabled()).isFalse();
        assertThat(endpoint.change(null, null, Set.of(EventType.PERMISSION_GRANTED, EventType.PERMISSION_REVOKED), null))
                .isTrue();
        assertThat(endpoint.subscribesTo(EventType.UNIQUE_CODE_CREATED)).isFalse();
        assertThat(endpoint.subscribesTo(EventType.PERMISSION_REVOKED)).isTrue();
    }

    @Test
    void anEndpointWantsAtLeastOneSubscribableType() {
        assertThatThrownBy(() -> endpoint().change(null, null, Set.of(), null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> endpoint().change(null, null, Set.of(EventType.WEBHOOK_TEST), null))
                .isInstanceOf(InvalidInput.class);
        assertThat(EventType.subscribable()).doesNotContain(EventType.WEBHOOK_TEST).hasSize(14);
    }

    @Test
    void theSecretIsThirtyTwoRandomBytesShownWithItsPrefixAndNeverPrinted() {
        WebhookSecret secret = WebhookSecret.generate(random);
        assertThat(secret.reveal()).startsWith("whsec_");
        assertThat(java.util.Base64.getDecoder().decode(secret.reveal().substring(6))).hasSize(32);
        assertThat(secret.toString()).doesNotContain(secret.reveal().substring(6));
    }
}
