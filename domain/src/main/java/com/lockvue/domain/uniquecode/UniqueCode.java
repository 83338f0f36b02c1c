package com.lockvue.domain.uniquecode;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.failure.Check;
import com.lockvue.domain.failure.Conflict;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.NotAuthenticated;
import com.lockvue.domain.failure.RuleViolation;
import com.lockvue.domain.time.StoredInstants;
import com.lockvue.domain.uniquecode.AccessBlock.Reason;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Temporary, account-free access: a secret code that works on one device, for the locks shared to it, within its
 * {@link CodeTerms} (a start and an expiry, optional weekly windows and use limits), until it expires, is used up,
 * suspended or deleted. Its status is derived from the clock, so starting and expiry need no job. The secret value
 * ({@link CodeValue}) is not part of it: a code is found by its value, and only its owner is ever shown the value
 * again, through a read model; so logins, sessions and lock commands never decrypt it.
 */
public final class UniqueCode {
    public static final int DESCRIPTION_MAX = 200;
    public static final int MAX_VALIDITY_MONTHS = CodeTerms.MAX_VALIDITY_MONTHS;

    private final UniqueCodeId id;
    private final AccountId accountId;
    private CodeTerms terms;
    private final Instant createdAt;
    private Usage usage;
    private Instant suspendedAt;
    private Instant deletedAt;
    private DeviceId boundDevice;
    private DeviceName deviceName;
    private Instant deviceBoundAt;
    private final long version;

    public UniqueCode(UniqueCodeId id, AccountId accountId, CodeTerms terms, Instant createdAt, Usage usage,
            Instant suspendedAt, Instant deletedAt, DeviceId boundDevice, DeviceName deviceName, Instant deviceBoundAt,
            long version) {
        this.id = Objects.requireNonNull(id);
        this.accountId = Objects.requireNonNull(accountId);
        this.terms = Objects.requireNonNull(terms);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.usage = Objects.requireNonNull(usage);
        this.suspendedAt = suspendedAt;
        this.deletedAt = deletedAt;
        this.boundDevice = boundDevice;
        this.deviceName = deviceName;
        this.deviceBoundAt = deviceBoundAt;
        this.version = version;
    }

    /** A code valid from its creation, at any time, without limits: what every code was before access rules. */
    public UniqueCode(UniqueCodeId id, AccountId accountId, String description, Instant createdAt,
            Instant expiresAt, Instant deletedAt, DeviceId boundDevice, Instant deviceBoundAt, long version) {
        this(id, accountId, new CodeTerms(description, createdAt, expiresAt, WeeklySchedule.always(), UseLimits.none()),
                createdAt, Usage.none(), null, deletedAt, boundDevice, null, deviceBoundAt, version);
    }

    /** Creates a code that starts now, at any time, without limits. */
    public static UniqueCode create(AccountId accountId, String description, Instant expiresAt, Instant now,
            ZoneId accountZone) {
        return create(accountId, description, null, expiresAt, WeeklySchedule.always(), UseLimits.none(), now,
                accountZone);
    }

    /**
     * Creates a code from {@code startsAt} (null: now; at most twelve months ahead) until {@code expiresAt} (after
     * now and the start, at most six calendar months after the start as the account's owner counts them).
     */
    public static UniqueCode create(AccountId accountId, String description, Instant startsAt, Instant expiresAt,
            WeeklySchedule schedule, UseLimits limits, Instant clockNow, ZoneId accountZone) {
        Instant now = StoredInstants.of(clockNow);
        Check check = new Check();
        String validDescription = check.attempt(() -> Check.requireText(description, "/description", 1, DESCRIPTION_MAX));
        check.require(expiresAt != null, "/expiresAt", "is required");
        check.orThrow();
        CodeTerms terms = new CodeTerms(validDescription, startsAt == null ? now : startsAt, expiresAt, schedule, limits);
        terms.requireValid(now, accountZone, null);
        return new UniqueCode(UniqueCodeId.random(), accountId, terms, now, Usage.none(), null, null, null, null, null, 0);
    }

    /** The latest expiry a code starting at {@code now} may have. */
    public static Instant latestExpiry(Instant now, ZoneId accountZone) {
        return CodeTerms.latestExpiry(now, accountZone);
    }

    /** The expiry that holds: the set one, or the minutes after the first unlock if they end sooner. */
    public Instant effectiveExpiry() {
        return terms.limits().expiryAfter(usage.firstUnlockAt())
                .filter(after -> after.isBefore(terms.expiresAt())).orElse(terms.expiresAt());
    }

    public UniqueCodeStatus statusAt(Instant now) {
        if (deletedAt != null) {
            return UniqueCodeStatus.DELETED;
        }
        if (!now.isBefore(effectiveExpiry())) {
            return UniqueCodeStatus.EXPIRED;
        }
        if (suspendedAt != null) {
            return UniqueCodeStatus.SUSPENDED;
        }
        if (terms.limits().usedUp(usage.unlocksUsed())) {
            return UniqueCodeStatus.EXHAUSTED;
        }
        return now.isBefore(terms.startsAt()) ? UniqueCodeStatus.SCHEDULED : UniqueCodeStatus.ACTIVE;
    }

    /** When {@link #statusAt} next changes by itself (a start or an expiry); empty if only its owner can change it. */
    public Optional<Instant> statusChangesAt(Instant now) {
        return switch (statusAt(now)) {
            case SCHEDULED -> Optional.of(terms.startsAt());
            case ACTIVE, SUSPENDED, EXHAUSTED -> Optional.of(effectiveExpiry());
            case EXPIRED, DELETED -> Optional.empty();
        };
    }

    /**
     * Every reason of the code itself that stops it opening a lock at {@code now}, each with the instant it stops
     * applying where there is one; empty when it may open now.
     */
    public List<AccessBlock> blocksAt(Instant now, ZoneId zone) {
        List<AccessBlock> blocks = new ArrayList<>();
        if (deletedAt != null) {
            return blocks;
        }
        Instant expiry = effectiveExpiry();
        if (!now.isBefore(expiry)) {
            blocks.add(AccessBlock.of(Reason.EXPIRED));
        }
        if (suspendedAt != null) {
            blocks.add(new AccessBlock(Reason.SUSPENDED, null, suspendedAt, null));
        }
        if (terms.limits().usedUp(usage.unlocksUsed())) {
            blocks.add(AccessBlock.of(Reason.EXHAUSTED));
        }
        if (now.isBefore(terms.startsAt())) {
            blocks.add(AccessBlock.until(Reason.NOT_STARTED, terms.startsAt()));
        }
        Instant from = now.isBefore(terms.startsAt()) ? terms.startsAt() : now;
        if (now.isBefore(expiry) && !terms.schedule().isOpenAt(from, zone)) {
            // Before the start, this says the start itself falls outside every window, and when the first one opens.
            blocks.add(AccessBlock.until(Reason.OUTSIDE_WINDOWS,
                    terms.schedule().nextOpeningAfter(from, zone).filter(expiry::isAfter).orElse(null)));
        }
        return blocks;
    }

    /** The next instant the code may open a lock, if it ever may again by itself (empty for now, or never). */
    public Optional<Instant> nextOpeningAfter(Instant now, ZoneId zone) {
        if (deletedAt != null || suspendedAt != null || terms.limits().usedUp(usage.unlocksUsed())) {
            return Optional.empty();
        }
        Instant expiry = effectiveExpiry();
        Instant from = now.isBefore(terms.startsAt()) ? terms.startsAt() : now;
        if (!from.isBefore(expiry)) {
            return Optional.empty();
        }
        if (terms.schedule().isOpenAt(from, zone)) {
            return from.equals(now) ? Optional.empty() : Optional.of(from);
        }
        return terms.schedule().nextOpeningAfter(from, zone).filter(expiry::isAfter);
    }

    /**
     * Throws the first reason the code may not open a lock at {@code now}; otherwise returns until when it may: the
     * end of its current window, or its expiry, whichever comes first. A signed command must not outlive that.
     */
    public Instant requireOpenUntil(Instant now, ZoneId zone) {
        requireUsable(now);
        List<AccessBlock> blocks = blocksAt(now, zone);
        if (!blocks.isEmpty()) {
            throw refusal(blocks.get(0));
        }
        Instant windowEnd = terms.schedule().openingAt(now, zone).orElseThrow().until();
        Instant expiry = effectiveExpiry();
        return windowEnd.isBefore(expiry) ? windowEnd : expiry;
    }

    /** Counts one issued unlock; the caller holds the code's row lock, so racing unlocks are counted one by one. */
    public void recordUnlock(Instant now, ZoneId zone) {
        requireOpenUntil(now, zone);
        usage = usage.plusUnlockAt(now);
    }

    private static RuleViolation refusal(AccessBlock block) {
        return switch (block.reason()) {
            case EXPIRED -> new RuleViolation(FailureCode.UNIQUE_CODE_EXPIRED, "The Unique Code has expired");
            case SUSPENDED -> new RuleViolation(FailureCode.UNIQUE_CODE_SUSPENDED, "The Unique Code is suspended");
            case EXHAUSTED -> new RuleViolation(FailureCode.UNIQUE_CODE_EXHAUSTED,
                    "The Unique Code has used up its unlocks");
            case NOT_STARTED -> new RuleViolation(FailureCode.UNIQUE_CODE_NOT_STARTED,
                    "The Unique Code starts at " + block.until());
            default -> new RuleViolation(FailureCode.OUTSIDE_ACCESS_WINDOW,
                    block.until() == null ? "The Unique Code is outside its weekly windows"
                            : "The Unique Code is outside its weekly windows; it opens next at " + block.until());
        };
    }

    /** Throws unless the code can still be used (or shared to): not deleted, not expired. */
    public void requireActive(Instant now) {
        requireUsable(now);
    }

    private void requireUsable(Instant now) {
        if (deletedAt != null) {
            throw new NotAuthenticated(FailureCode.CODE_SESSION_ENDED, "The Unique Code was deleted");
        }
        if (!now.isBefore(effectiveExpiry())) {
            throw new RuleViolation(FailureCode.UNIQUE_CODE_EXPIRED, "The Unique Code expired at " + effectiveExpiry());
        }
    }

    private void requireNotSuspended() {
        if (suspendedAt != null) {
            throw new RuleViolation(FailureCode.UNIQUE_CODE_SUSPENDED,
                    "The owner suspended this Unique Code; it works again when they resume it");
        }
    }

    /**
     * Logs {@code device} in: the first successful login binds the code to that device; any other device is
     * refused until an admin releases the binding. A code that has not started may be logged into (to set the
     * phone up in advance); a suspended one may not. Returns true when this call changed the binding or its name.
     */
    public boolean admitDevice(DeviceId device, DeviceName name, Instant now) {
        requireUsable(now);
        requireNotSuspended();
        if (boundDevice == null) {
            boundDevice = device;
            deviceName = name;
            deviceBoundAt = now;
            return true;
        }
        if (!boundDevice.equals(device)) {
            throw new Conflict(FailureCode.CODE_BOUND_TO_OTHER_DEVICE,
                    "This Unique Code is already in use on another device; ask its owner to release it");
        }
        if (name != null && !name.equals(deviceName)) {
            deviceName = name;
            return true;
        }
        return false;
    }

    public boolean admitDevice(DeviceId device, Instant now) {
        return admitDevice(device, null, now);
    }

    /** Checks a running code session: usable, not suspended, and still bound to the device that logged in. */
    public void requireSessionValid(DeviceId device, Instant now) {
        requireUsable(now);
        requireNotSuspended();
        if (boundDevice == null || !boundDevice.equals(device)) {
            throw new NotAuthenticated(FailureCode.CODE_SESSION_ENDED,
                    "The device was released from this Unique Code; log in again");
        }
    }

    /** The guest renames their phone; returns whether the name changed. */
    public boolean renameDevice(DeviceId device, DeviceName name, Instant now) {
        requireSessionValid(device, now);
        if (Objects.equals(name, deviceName)) {
            return false;
        }
        deviceName = name;
        return true;
    }

    /**
     * Changes the owner's terms, under the rules of creation for whatever changed. Returns what changed, as
     * {@code field: was -> became}; empty if nothing did.
     */
    public List<String> changeTerms(CodeTerms changed, Instant now, ZoneId zone) {
        changed.requireValid(now, zone, terms);
        List<String> changes = terms.changesTo(changed);
        terms = changed;
        return changes;
    }

    /** Returns whether this call suspended it (false if it already was). */
    public boolean suspend(Instant now) {
        if (suspendedAt != null) {
            return false;
        }
        suspendedAt = now;
        return true;
    }

    /** Returns whether this call resumed it (false if it was not suspended). */
    public boolean resume() {
        if (suspendedAt == null) {
            return false;
        }
        suspendedAt = null;
        return true;
    }

    public boolean releaseDevice() {
        boolean wasBound = boundDevice != null;
        boundDevice = null;
        deviceName = null;
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

    public CodeTerms terms() {
        return terms;
    }

    public String description() {
        return terms.description();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant startsAt() {
        return terms.startsAt();
    }

    public Instant expiresAt() {
        return terms.expiresAt();
    }

    public Usage usage() {
        return usage;
    }

    public Optional<Instant> suspendedAt() {
        return Optional.ofNullable(suspendedAt);
    }

    public Optional<Instant> deletedAt() {
        return Optional.ofNullable(deletedAt);
    }

    public Optional<DeviceId> boundDevice() {
        return Optional.ofNullable(boundDevice);
    }

    public Optional<DeviceName> deviceName() {
        return Optional.ofNullable(deviceName);
    }

    public Optional<Instant> deviceBoundAt() {
        return Optional.ofNullable(deviceBoundAt);
    }

    /** How many times the stored code was changed (loaded as it was): its entity tag (If-Match). */
    public long version() {
        return version;
    }
}
