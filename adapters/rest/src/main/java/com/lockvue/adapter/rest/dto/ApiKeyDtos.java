package com.lockvue.adapter.rest.dto;

import com.lockvue.domain.apikey.ApiKey;
import com.lockvue.domain.apikey.ApiKeyScope;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Bodies of the API key endpoints (schemas of the same names in openapi.yaml). */
public final class ApiKeyDtos {
    private ApiKeyDtos() {
    }

    public record CreateApiKeyRequest(String name, ApiKeyScope scope, OffsetDateTime expiresAt) {
    }

    public record ApiKeyDto(UUID id, String name, ApiKeyScope scope, String prefix, Instant createdAt,
            Instant expiresAt, Instant lastUsedAt, String lastUsedAddress) {
        public static ApiKeyDto of(ApiKey key) {
            return new ApiKeyDto(key.id().value(), key.name(), key.scope(), key.prefix(), key.createdAt(),
                    key.expiresAt().orElse(null), key.lastUsedAt().orElse(null), key.lastUsedAddress().orElse(null));
        }
    }

    /** The new key with its secret, shown this once. */
    public record CreatedApiKeyDto(UUID id, String name, ApiKeyScope scope, String prefix, Instant createdAt,
            Instant expiresAt, Instant lastUsedAt, String lastUsedAddress, String key) {
        public static CreatedApiKeyDto of(ApiKey created, String secret) {
            ApiKeyDto view = ApiKeyDto.of(created);
            return new CreatedApiKeyDto(view.id(), view.name(), view.scope(), view.prefix(), view.createdAt(),
                    view.expiresAt(), view.lastUsedAt(), view.lastUsedAddress(), secret);
        }

        @Override
        public String toString() {
            return "CreatedApiKeyDto[id=" + id + ", prefix=" + prefix + ", key=****]";
        }
    }

    public record ApiKeyPage(List<ApiKeyDto> items, String nextCursor) {
    }
}
