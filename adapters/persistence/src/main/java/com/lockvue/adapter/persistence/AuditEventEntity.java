package com.lockvue.adapter.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "audit_events")
public class AuditEventEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "account_id")
    public UUID accountId;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    @Column(name = "actor_type", nullable = false, length = 20)
    public String actorType;
    @Column(name = "actor_id", length = 64)
    public String actorId;
    @Column(nullable = false, length = 40)
    public String action;
    @Column(nullable = false, length = 10)
    public String outcome;
    @Column(name = "lock_id")
    public UUID lockId;
    @Column(name = "unique_code_id")
    public UUID uniqueCodeId;
    @Column(name = "permission_id")
    public UUID permissionId;
    @Column(length = 2000)
    public String reason;
    @Column(name = "client_address", length = 64)
    public String clientAddress;
}
