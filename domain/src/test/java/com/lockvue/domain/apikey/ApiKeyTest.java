package com.lockvue.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.account.UserId;
import com.lockvue.domain.failure.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiKeyTest {
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private final ApiKeySecret secret = ApiKeySecret.generate(new SplittableRandom(1));

    private ApiKey key(Instant expiresAt) {
        return ApiKey.create(new AccountId(UUID.randomUUID()), " Booking engine ", ApiKeyScope.FULL, expiresAt, secret,
                new UserId(UUID.randomUUID()), NOW);
    }

    @Test
    void aSecretIsLvkAnd43Base64urlCharactersAndParsesBackOnlyInThatSpelling() {
        assertThat(secret.reveal()).matches("^lvk_[A-Za-z0-9_-]{43}$");
        assertThat(ApiKeySecret.parse(secret.reveal())).get().extracting(ApiKeySecret::reveal).isEqualTo(secret.reveal());
        assertThat(ApiKeySecret.parse("lvk_" + "A".repeat(42) + "B")).as("spare bits set").isEmpty();
        assertThat(ApiKeySecret.parse("lvk_" + "A".repeat(42))).isEmpty();
        assertThat(ApiKeySecret.parse("LVK_" + secret.reveal().substring(4))).isEmpty();
        assertThat(ApiKeySecret.parse("eyJhbGciOiJFUzI1NiJ9.e30.sig")).isEmpty();
        assertThat(secret.toString()).doesNotContain(secret.reveal().substring(12));
    }

    @Test
    void theHashIsSha256OfTheKeyAndThePrefixItsFirstTwelveCharacters() {
        assertThat(secret.hash()).hasSize(32).isEqualTo(ApiKeySecret.parse(secret.reveal()).orElseThrow().hash());
        assertThat(key(null).prefix()).isEqualTo(secret.reveal().substring(0, 12));
        assertThat(key(null).name()).isEqualTo("Booking engine");
    }

    @Test
    void aKeyWorksUntilItExpiresOrIsRevoked() {
        ApiKey expiring = key(NOW.plusSeconds(60));
        assertThat(expiring.usableAt(NOW.plusSeconds(59))).isTrue();
        assertThat(expiring.usableAt(NOW.plusSeconds(60))).isFalse();
        ApiKey revoked = key(null);
        revoked.revoke(NOW.plusSeconds(1));
        assertThat(revoked.usableAt(NOW.plusSeconds(1))).isFalse();
        assertThatThrownBy(() -> key(NOW)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> ApiKey.create(new AccountId(UUID.randomUUID()), " ", ApiKeyScope.FULL, null, secret,
                new UserId(UUID.randomUUID()), NOW)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aUseIsStoredAtMostOnceAMinute() {
        ApiKey key = key(null);
        assertThat(key.noteUse(NOW, "203.0.113.7")).isTrue();
        assertThat(key.noteUse(NOW.plus(Duration.ofSeconds(59)), "198.51.100.1")).isFalse();
        assertThat(key.lastUsedAddress()).contains("203.0.113.7");
        assertThat(key.noteUse(NOW.plus(Duration.ofSeconds(60)), "198.51.100.1")).isTrue();
        assertThat(key.lastUsedAt()).contains(NOW.plusSeconds(60));
    }
}
