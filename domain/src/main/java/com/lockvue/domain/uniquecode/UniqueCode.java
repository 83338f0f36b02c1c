package com.lockvue.domain.uniquecode;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.failure.Check;
import com.lockvue.domain.failure.Conflict;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.InvalidInput;
import com.lockvue.domain.failure.NotAuthenticated;
import com.lockvue.domain.failure.RuleViolation;
import com.lockvue.domain.time.StoredInstants;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Temporary, account-free access: a secret code that works on one device, for the locks shared to it,
 * until it expires or is deleted. Its status is derived from the clock, so expiry needs no job. The secret value
 * ({@link CodeValue}) is not part of it: a code is found by its value, and only its owner is ever shown the value
 * again, through a read model; so logins, sessions and lock commands never decrypt it.
 */
public final class UniqueCode {
    public static final int DESCRIPTION_MAX = 200;
    public static final int MAX_VALIDITY_MONTHS = 6;

    private final UniqueCodeId id;
    private final AccountId accountId;
    private final String description;
    private final Instant createdAt;
    private final Instant expiresAt;
    private Instant deletedAt;
    private DeviceId boundDevice;
    private Instant deviceBoundAt;
    private final long version;

    public UniqueCode(UniqueCodeId id, AccountId accountId, String description, Instant createdAt,
            Instant expiresAt, Instant deletedAt, DeviceId boundDevice, Instant deviceBoundAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.accountId = Objects.requireNonNull(accountId);
        this.description = Objects.requireNonNull(description);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        this.deletedAt = deletedAt;
        this.boundDevice = boundDevice;
        this.deviceBoundAt = deviceBoundAt;
        this.version = version;
    }

    /**
     * Creates a code valid from {@code now} until {@code expiresAt}, which must lie after now and at most six
     * calendar months later as the account's owner counts them (in the account's time zone). Both instants are
     * first brought to the stored precision, so the limits are judged on what will be kept.
     */
    public static UniqueCode create(AccountId accountId, String description, Instant requestedExpiry,
            Instant clockNow, ZoneId accountZone) {
        Instant expiresAt = StoredInstants.of(requestedExpiry);
        Instant now = StoredInstants.of(clockNow);
        Check check = new Check();
        String validDescription = check.attempt(() -> Check.requireText(description, "/description", 1, DESCRIPTION_MAX));
        check.require(expiresAt != null, "/expiresAt", "is required");
        check.orThrow();
        Instant latest = latestExpiry(now, accountZone);
        if (!expiresAt.isAfter(now)) {
            throw InvalidInput.of(FailureCode.EXPIRY_OUT_OF_RANGE, "/expiresAt", "must be in the future");
        }
        if (expiresAt.isAfter(latest)) {
            throw InvalidInput.of(FailureCode.EXPIRY_OUT_OF_RANGE, "/expiresAt",
                    "must be at most six months from now (latest " + latest + ")");
        }
        return new UniqueCode(UniqueCodeId.random(), accountId, validDescription, now, expiresAt, null, null, null, 0);
    }

    /** The latest expiry a code created at {@code now} may have. */
    public static Instant latestExpiry(Instant now, ZoneId accountZone) {
        return now.atZone(accountZone).plusMonths(MAX_VALIDITY_MONTHS).toInstant();
    }

    public UniqueCodeStatus statusAt(Instant now) {
        if (deletedAt != null) {
            return UniqueCodeStatus.DELETED;
        }
        return now.isBefore(expiresAt) ? UniqueCodeStatus.ACTIVE : UniqueCodeStatus.EXPIRED;
    }

    /** Throws unless the code can be used (or shared to) at {@code now}. */
    public void requireActive(Instant now) {
        switch (statusAt(now)) {
            case ACTIVE -> {
            }
            case EXPIRED -> throw new RuleViolation(FailureCode.UNIQUE_CODE_EXPIRED,
                    "The Unique Code expired at " + expiresAt);
            case DELETED -> throw new NotAuthenticated(FailureCode.CODE_SESSION_ENDED, "The Unique Code was deleted");
        }
    }

    /**
     * Logs {@code device} in: the first successful login binds the code to that device; any other device is
     * refused until an admin releases the binding. Returns true when this call made the binding.
     */
    public boolean admitDevice(DeviceId device, Instant now) {
        requireActive(now);
        if (boundDevice == null) {
            boundDevice = device;
            deviceBoundAt = now;
            return true;
        }
        if (!boundDevice.equals(device)) {
            throw new Conflict(FailureCode.CODE_BOUND_TO_OTHER_DEVICE,
                    "This Unique Code is already in use on another device; ask its owner to release it");
        }
        return false;
    }

    /** Checks a running code session: still active, and still bound to the device that logged in. */
    public void requireSessionValid(DeviceId device, Instant now) {
        requireActive(now);
        if (boundDevice == null || !boundDevice.equals(device)) {
            throw new NotAuthenticated(FailureCode.CODE_SESSION_ENDED,
                    "The device was released from this Unique Code; log in again");
        }
    }

    public boolean releaseDevice() {
        boolean wasBound = boundDevice != null;
        boundDevice = null;
        deviceBoundAt = null;
        return wasBound;
    }

    public void delete(Instant now) {
        if (deletedAt == null) {
            deletedAt = now;
            releaseDevice();
        }
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public UniqueCodeId id() {
        return id;
    }

    public AccountId accountId() {
        return accountId;
    }

    public String description() {
        return description;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<Instant> deletedAt() {
        return Optional.ofNullable(deletedAt);
    }

    public Optional<DeviceId> boundDevice() {
        return Optional.ofNullable(boundDevice);
    }

    public Optional<Instant> deviceBoundAt() {
        return Optional.ofNullable(deviceBoundAt);
    }

    /** How many times the stored code was changed (loaded as it was): its entity tag (If-Match). */
    public long version() {
        return version;
    }
}
