package com.lockvue.adapter.persistence;

import com.lockvue.application.port.out.WebhookEndpointRepository;
import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.webhook.EventType;
import com.lockvue.domain.webhook.WebhookEndpoint;
import com.lockvue.domain.webhook.WebhookEndpointId;
import com.lockvue.domain.webhook.WebhookSecret;
import com.lockvue.domain.webhook.WebhookUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaWebhookEndpointRepository implements WebhookEndpointRepository {
    private final WebhookSecretCipher cipher;

    @Inject
    public JpaWebhookEndpointRepository(WebhookSecretCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public void add(WebhookEndpoint endpoint) {
        WebhookEndpointEntity e = new WebhookEndpointEntity();
        e.id = endpoint.id().value();
        e.accountId = endpoint.accountId().value();
        e.createdAt = endpoint.createdAt();
        copy(endpoint, e);
        e.persist();
    }

    @Override
    public Optional<WebhookEndpoint> findByIdForUpdate(AccountId owner, WebhookEndpointId id) {
        return WebhookEndpointEntity.<WebhookEndpointEntity>find("id = ?1 and accountId = ?2", id.value(), owner.value())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional().map(this::toDomain);
    }

    @Override
    public Optional<WebhookEndpoint> findById(WebhookEndpointId id) {
        return WebhookEndpointEntity.<WebhookEndpointEntity>findByIdOptional(id.value()).map(this::toDomain);
    }

    @Override
    public void update(WebhookEndpoint endpoint) {
        WebhookEndpointEntity e = WebhookEndpointEntity.findById(endpoint.id().value());
        copy(endpoint, e);
        e.version = endpoint.version() + 1;
    }

    @Override
    public void remove(WebhookEndpointId id) {
        WebhookEndpointEntity.deleteById(id.value());
    }

    @Override
    public int count(AccountId owner) {
        return (int) WebhookEndpointEntity.count("accountId", owner.value());
    }

    private void copy(WebhookEndpoint endpoint, WebhookEndpointEntity e) {
        e.url = endpoint.url().toString();
        e.description = endpoint.description();
        e.eventTypes = endpoint.eventTypes().stream().map(EventType::wireName).collect(Collectors.joining(","));
        e.enabled = endpoint.enabled();
        e.secretCiphertext = cipher.seal(endpoint.secret(), endpoint.id());
        e.previousSecretCiphertext = endpoint.previousSecret().map(s -> cipher.seal(s, endpoint.id())).orElse(null);
        e.previousSecretExpiresAt = endpoint.previousSecretExpiresAt().orElse(null);
    }

    private WebhookEndpoint toDomain(WebhookEndpointEntity e) {
        WebhookEndpointId id = new WebhookEndpointId(e.id);
        WebhookSecret previous = e.previousSecretCiphertext == null ? null : cipher.open(e.previousSecretCiphertext, id);
        return new WebhookEndpoint(id, new AccountId(e.accountId), WebhookUrl.parse(e.url, "/url"), e.description,
                eventTypes(e.eventTypes), e.enabled, cipher.open(e.secretCiphertext, id), previous,
                e.previousSecretExpiresAt, e.createdAt, e.version);
    }

    static EnumSet<EventType> eventTypes(String stored) {
        EnumSet<EventType> types = EnumSet.noneOf(EventType.class);
        Arrays.stream(stored.split(",")).map(EventType::ofWireName).forEach(types::add);
        return types;
    }
}
