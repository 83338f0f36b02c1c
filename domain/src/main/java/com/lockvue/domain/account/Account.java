package com.lockvue.domain.account;

import com.lockvue.domain.failure.Check;
import com.lockvue.domain.failure.FailureCode;
import com.lockvue.domain.failure.RuleViolation;
import java.time.Instant;
import java.util.Objects;

/** A customer of LockVue: owns locks, Unique Codes and the users who manage them. */
public final class Account {
    public static final int NAME_MAX = 100;

    private final AccountId id;
    private final String name;
    private AccountSettings settings;
    private final Instant createdAt;
    private final long version;

    /** @param version how many times the account was changed: its entity tag (If-Match) */
    public Account(AccountId id, String name, AccountSettings settings, Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.settings = Objects.requireNonNull(settings);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.version = version;
    }

    public static Account open(String name, AccountSettings settings, Instant now) {
        return new Account(AccountId.random(), Check.requireText(name, "/accountName", 1, NAME_MAX), settings, now, 0);
    }

    public void changeSettings(AccountSettings newSettings) {
        this.settings = Objects.requireNonNull(newSettings);
    }

    /** Unique Codes may only be created, shared to or used while the owner has the feature on. */
    public void requireUniqueCodesEnabled() {
        if (!settings.uniqueCodesEnabled()) {
            throw new RuleViolation(FailureCode.UNIQUE_CODES_DISABLED,
                    "Unique Codes are disabled for this account; enable them in Settings > System");
        }
    }

    public AccountId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public AccountSettings settings() {
        return settings;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
