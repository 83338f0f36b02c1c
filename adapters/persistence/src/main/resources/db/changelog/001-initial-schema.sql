--liquibase formatted sql

--changeset lockvue:001-accounts
CREATE TABLE accounts (
    id                   uuid         PRIMARY KEY,
    name                 varchar(100) NOT NULL,
    unique_codes_enabled boolean      NOT NULL DEFAULT false,
    time_zone            varchar(64)  NOT NULL,
    created_at           timestamptz  NOT NULL
);

CREATE TABLE users (
    id            uuid         PRIMARY KEY,
    account_id    uuid         NOT NULL REFERENCES accounts (id),
    email         varchar(254) NOT NULL,
    password_hash varchar(255) NOT NULL,
    created_at    timestamptz  NOT NULL,
    CONSTRAINT users_email_unique UNIQUE (email)
);
CREATE INDEX users_account_idx ON users (account_id);

--changeset lockvue:001-locks
CREATE TABLE locks (
    id            uuid         PRIMARY KEY,
    account_id    uuid         NOT NULL REFERENCES accounts (id),
    serial_number varchar(32)  NOT NULL,
    name          varchar(100) NOT NULL,
    activated_at  timestamptz  NOT NULL,
    CONSTRAINT locks_serial_number_unique UNIQUE (serial_number)
);
-- My Locks is ordered by name; this index serves that order and its keyset pagination.
CREATE INDEX locks_account_name_idx ON locks (account_id, lower(name), id);

--changeset lockvue:001-unique-codes
CREATE TABLE unique_codes (
    id               uuid         PRIMARY KEY,
    account_id       uuid         NOT NULL REFERENCES accounts (id),
    -- HMAC-SHA256 of the canonical code under a server key: the lookup key. The code is never stored in clear.
    code_hmac        bytea        NOT NULL,
    -- AES-256-GCM of the code (12-byte IV || ciphertext || tag), so owners can see it again.
    code_ciphertext  bytea        NOT NULL,
    description      varchar(200) NOT NULL,
    created_at       timestamptz  NOT NULL,
    expires_at       timestamptz  NOT NULL,
    deleted_at       timestamptz,
    bound_device_id  varchar(128),
    device_bound_at  timestamptz,
    CONSTRAINT unique_codes_hmac_unique UNIQUE (code_hmac),
    CONSTRAINT unique_codes_expiry_after_creation CHECK (expires_at > created_at)
);
CREATE INDEX unique_codes_account_created_idx ON unique_codes (account_id, created_at DESC, id DESC)
    WHERE deleted_at IS NULL;

--changeset lockvue:001-permissions
CREATE TABLE permissions (
    id             uuid        PRIMARY KEY,
    account_id     uuid        NOT NULL REFERENCES accounts (id),
    lock_id        uuid        NOT NULL REFERENCES locks (id),
    recipient_type varchar(20) NOT NULL,
    recipient_id   uuid        NOT NULL,
    level          varchar(20) NOT NULL,
    granted_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    CONSTRAINT permissions_one_per_lock_and_recipient UNIQUE (lock_id, recipient_type, recipient_id),
    CONSTRAINT permissions_level_known CHECK (level IN ('ADMIN', 'MAINTENANCE', 'RESTRICTED')),
    CONSTRAINT permissions_unique_code_at_most_maintenance
        CHECK (recipient_type <> 'UNIQUE_CODE' OR level IN ('MAINTENANCE', 'RESTRICTED'))
);
CREATE INDEX permissions_account_granted_idx ON permissions (account_id, granted_at DESC, id DESC);
CREATE INDEX permissions_recipient_idx ON permissions (recipient_type, recipient_id);

--changeset lockvue:001-audit-events
CREATE TABLE audit_events (
    id             uuid         PRIMARY KEY,
    -- Null only for attempts that could not be tied to an account (a code login with an unknown code).
    account_id     uuid,
    occurred_at    timestamptz  NOT NULL,
    actor_type     varchar(20)  NOT NULL,
    actor_id       varchar(64),
    action         varchar(40)  NOT NULL,
    outcome        varchar(10)  NOT NULL,
    lock_id        uuid,
    unique_code_id uuid,
    permission_id  uuid,
    reason         varchar(300),
    client_address varchar(64)
);
CREATE INDEX audit_events_account_time_idx ON audit_events (account_id, occurred_at DESC, id DESC);
CREATE INDEX audit_events_lock_idx ON audit_events (account_id, lock_id, occurred_at DESC, id DESC);
CREATE INDEX audit_events_code_idx ON audit_events (account_id, unique_code_id, occurred_at DESC, id DESC);

--changeset lockvue:001-audit-append-only splitStatements:false
CREATE FUNCTION audit_events_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_events_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();

--changeset lockvue:001-attempt-counters
-- Fixed-window attempt counters for login rate limits, shared by every server instance.
CREATE TABLE attempt_counters (
    bucket_key   varchar(200) PRIMARY KEY,
    window_start timestamptz  NOT NULL,
    attempts     integer      NOT NULL
);
