package com.lockvue.adapter.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An endpoint's configuration; its delivery state (failing, lease) is written by the delivery queue alone. */
@Entity
@Table(name = "webhook_endpoints")
public class WebhookEndpointEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "account_id", nullable = false)
    public UUID accountId;
    @Column(nullable = false, length = 2000)
    public String url;
    @Column(nullable = false, length = 200)
    public String description;
    @Column(name = "event_types", nullable = false, length = 1000)
    public String eventTypes;
    @Column(nullable = false)
    public boolean enabled;
    @Column(name = "secret_ciphertext", nullable = false)
    public byte[] secretCiphertext;
    @Column(name = "previous_secret_ciphertext")
    public byte[] previousSecretCiphertext;
    @Column(name = "previous_secret_expires_at")
    public Instant previousSecretExpiresAt;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(nullable = false)
    public long version;
    @Column(name = "failing_since", insertable = false, updatable = false)
    public Instant failingSince;
}
