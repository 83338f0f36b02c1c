package com.lockvue.adapter.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "api_keys")
public class ApiKeyEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "account_id", nullable = false)
    public UUID accountId;
    @Column(nullable = false, length = 100)
    public String name;
    @Column(nullable = false, length = 20)
    public String scope;
    @Column(nullable = false, length = 16)
    public String prefix;
    @Column(name = "secret_hash", nullable = false)
    public byte[] secretHash;
    @Column(name = "created_by", nullable = false)
    public UUID createdBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    @Column(name = "last_used_at")
    public Instant lastUsedAt;
    @Column(name = "last_used_address", length = 64)
    public String lastUsedAddress;
}
