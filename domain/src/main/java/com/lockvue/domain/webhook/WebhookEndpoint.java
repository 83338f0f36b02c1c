package com.lockvue.domain.webhook;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.failure.Check;
import com.lockvue.domain.failure.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where an account's events are delivered: a URL, the event types it wants, and the secret its deliveries are
 * signed with. After a secret is rotated the previous one keeps signing too, for a while, so the receiver can
 * switch without losing deliveries.
 */
public final class WebhookEndpoint {
    public static final int DESCRIPTION_MAX = 200;
    /** How long a rotated-out secret still signs deliveries (beside the new one). */
    public static final Duration SECRET_OVERLAP = Duration.ofHours(24);

    private final WebhookEndpointId id;
    private final AccountId accountId;
    private WebhookUrl url;
    private String description;
    private Set<EventType> eventTypes;
    private boolean enabled;
    private WebhookSecret secret;
    private WebhookSecret previousSecret;
    private Instant previousSecretExpiresAt;
    private final Instant createdAt;
    private final long version;

    public WebhookEndpoint(WebhookEndpointId id, AccountId accountId, WebhookUrl url, String description,
            Set<EventType> eventTypes, boolean enabled, WebhookSecret secret, WebhookSecret previousSecret,
            Instant previousSecretExpiresAt, Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.accountId = Objects.requireNonNull(accountId);
        this.url = Objects.requireNonNull(url);
        this.description = Objects.requireNonNull(description);
        this.eventTypes = Collections.unmodifiableSet(EnumSet.copyOf(eventTypes));
        this.enabled = enabled;
        this.secret = Objects.requireNonNull(secret);
        this.previousSecret = previousSecret;
        this.previousSecretExpiresAt = previousSecretExpiresAt;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.version = version;
    }

    public static WebhookEndpoint create(AccountId accountId, WebhookUrl url, String description,
            Set<EventType> eventTypes, WebhookSecret secret, Instant now) {
        return new WebhookEndpoint(WebhookEndpointId.random(), accountId, url, validDescription(description),
                validTypes(eventTypes), true, secret, null, null, now, 0);
    }

    /** Applies the fields given (null: unchanged); returns whether anything changed. */
    public boolean change(WebhookUrl newUrl, String newDescription, Set<EventType> newTypes, Boolean newEnabled) {
        boolean changed = false;
        if (newUrl != null && !newUrl.equals(url)) {
            url = newUrl;
            changed = true;
        }
        if (newDescription != null && !validDescription(newDescription).equals(description)) {
            description = validDescription(newDescription);
            changed = true;
        }
        if (newTypes != null && !validTypes(newTypes).equals(eventTypes)) {
            eventTypes = Collections.unmodifiableSet(EnumSet.copyOf(validTypes(newTypes)));
            changed = true;
        }
        if (newEnabled != null && newEnabled != enabled) {
            enabled = newEnabled;
            changed = true;
        }
        return changed;
    }

    /** The receiver said it wants no more (410 Gone): deliveries stop until the owner enables it again. */
    public void disableAtReceiversRequest() {
        enabled = false;
    }

    public void rotateSecret(WebhookSecret next, Instant now) {
        previousSecret = secret;
        previousSecretExpiresAt = now.plus(SECRET_OVERLAP);
        secret = Objects.requireNonNull(next);
    }

    /** The secrets a delivery made at {@code now} is signed with: the current one, and the previous while it lasts. */
    public List<WebhookSecret> signingSecretsAt(Instant now) {
        List<WebhookSecret> secrets = new ArrayList<>(List.of(secret));
        if (previousSecret != null && now.isBefore(previousSecretExpiresAt)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    public boolean subscribesTo(EventType type) {
        return eventTypes.contains(type);
    }

    /** A description as stored: trimmed, at most 200 characters, empty when none is given. */
    public static String validDescription(String description) {
        if (description == null || description.isBlank()) {
            return "";
        }
        return Check.requireText(description, "/description", 1, DESCRIPTION_MAX);
    }

    private static Set<EventType> validTypes(Set<EventType> types) {
        if (types == null || types.isEmpty()) {
            throw InvalidInput.of("/eventTypes", "name at least one event type");
        }
        if (types.contains(EventType.WEBHOOK_TEST)) {
            throw InvalidInput.of("/eventTypes", "webhook.test is sent on request, not subscribed to");
        }
        return EnumSet.copyOf(types);
    }

    public WebhookEndpointId id() {
        return id;
    }

    public AccountId accountId() {
        return accountId;
    }

    public WebhookUrl url() {
        return url;
    }

    public String description() {
        return description;
    }

    public Set<EventType> eventTypes() {
        return eventTypes;
    }

    public boolean enabled() {
        return enabled;
    }

    public WebhookSecret secret() {
        return secret;
    }

    public Optional<WebhookSecret> previousSecret() {
        return Optional.ofNullable(previousSecret);
    }

    public Optional<Instant> previousSecretExpiresAt() {
        return Optional.ofNullable(previousSecretExpiresAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** How many times the owner changed it (loaded as it was): its entity tag. */
    public long version() {
        return version;
    }
}
