package com.lockvue.adapter.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "permissions")
public class PermissionEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "account_id", nullable = false)
    public UUID accountId;
    @Column(name = "lock_id", nullable = false)
    public UUID lockId;
    @Column(name = "recipient_type", nullable = false, length = 20)
    public String recipientType;
    @Column(name = "recipient_id", nullable = false)
    public UUID recipientId;
    @Column(nullable = false, length = 20)
    public String level;
    @Column(name = "granted_at", nullable = false)
    public Instant grantedAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
