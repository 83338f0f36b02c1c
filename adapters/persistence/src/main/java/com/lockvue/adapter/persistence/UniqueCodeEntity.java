package com.lockvue.adapter.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "unique_codes")
public class UniqueCodeEntity extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "account_id", nullable = false)
    public UUID accountId;
    @Column(name = "code_hmac", nullable = false)
    public byte[] codeHmac;
    @Column(name = "code_ciphertext", nullable = false)
    public byte[] codeCiphertext;
    @Column(nullable = false, length = 200)
    public String description;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;
    @Column(name = "weekly_windows", nullable = false, length = 2000)
    public String weeklyWindows;
    @Column(name = "max_unlocks")
    public Integer maxUnlocks;
    @Column(name = "minutes_after_first_unlock")
    public Integer minutesAfterFirstUnlock;
    @Column(name = "unlocks_used", nullable = false)
    public int unlocksUsed;
    @Column(name = "first_unlock_at")
    public Instant firstUnlockAt;
    @Column(name = "suspended_at")
    public Instant suspendedAt;
    /** The expiry that holds (see UniqueCode#effectiveExpiry), kept for the status lists. */
    @Column(name = "effective_expires_at", nullable = false)
    public Instant effectiveExpiresAt;
    @Column(name = "bound_device_name", length = 60)
    public String boundDeviceName;
    @Column(name = "deleted_at")
    public Instant deletedAt;
    @Column(name = "bound_device_id", length = 128)
    public String boundDeviceId;
    @Column(name = "device_bound_at")
    public Instant deviceBoundAt;
    /** Incremented by every update: the code's entity tag. */
    @Column(nullable = false)
    public long version;
}
