package com.lockvue.domain.account;

import java.time.Instant;
import java.util.Objects;

/** A registered person who manages an account in the web portal (today: its owner). */
public final class User {
    private final UserId id;
    private final AccountId accountId;
    private final EmailAddress email;
    private final String passwordHash;
    private final Instant createdAt;

    public User(UserId id, AccountId accountId, EmailAddress email, String passwordHash, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.accountId = Objects.requireNonNull(accountId);
        this.email = Objects.requireNonNull(email);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public UserId id() {
        return id;
    }

    public AccountId accountId() {
        return accountId;
    }

    public EmailAddress email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
