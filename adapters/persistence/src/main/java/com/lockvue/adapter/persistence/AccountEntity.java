package com.lockvue.adapter.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "accounts")
public class AccountEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false, length = 100)
    public String name;
    @Column(name = "unique_codes_enabled", nullable = false)
    public boolean uniqueCodesEnabled;
    @Column(name = "time_zone", nullable = false, length = 64)
    public String timeZone;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    /** Incremented by every update: the account's entity tag. */
    @Column(nullable = false)
    public long version;
}
