package com.lockvue.domain.lock;

import com.lockvue.domain.account.AccountId;
import com.lockvue.domain.failure.Check;
import java.time.Instant;
import java.util.Objects;

/** A Bluetooth lock activated on an account. */
public final class Lock {
    public static final int NAME_MAX = 100;

    private final LockId id;
    private final AccountId accountId;
    private final SerialNumber serialNumber;
    private final String name;
    private final Instant activatedAt;

    public Lock(LockId id, AccountId accountId, SerialNumber serialNumber, String name, Instant activatedAt) {
        this.id = Objects.requireNonNull(id);
        this.accountId = Objects.requireNonNull(accountId);
        this.serialNumber = Objects.requireNonNull(serialNumber);
        this.name = Objects.requireNonNull(name);
        this.activatedAt = Objects.requireNonNull(activatedAt);
    }

    public static String validName(String name) {
        return Check.requireText(name, "/name", 1, NAME_MAX);
    }

    public static Lock activate(AccountId accountId, SerialNumber serialNumber, String name, Instant now) {
        return new Lock(LockId.random(), accountId, serialNumber, validName(name), now);
    }

    public LockId id() {
        return id;
    }

    public AccountId accountId() {
        return accountId;
    }

    public SerialNumber serialNumber() {
        return serialNumber;
    }

    public String name() {
        return name;
    }

    public Instant activatedAt() {
        return activatedAt;
    }
}
