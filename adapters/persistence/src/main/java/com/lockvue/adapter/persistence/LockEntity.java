package com.lockvue.adapter.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "locks")
public class LockEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "account_id", nullable = false)
    public UUID accountId;
    @Column(name = "serial_number", nullable = false, length = 32)
    public String serialNumber;
    @Column(nullable = false, length = 100)
    public String name;
    @Column(name = "activated_at", nullable = false)
    public Instant activatedAt;
}
