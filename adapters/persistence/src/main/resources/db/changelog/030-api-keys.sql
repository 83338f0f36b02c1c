--liquibase formatted sql

--changeset lockvue:030-api-keys
-- Keys integrators send as `Authorization: Bearer lvk_...`. Only the SHA-256 of a key is kept (256 random bits need
-- no slow hash), and its first characters to tell keys apart in a list. A revoked key stays, so the audit trail can
-- name it; last use is written at most once a minute per key (ApiKey.noteUse).
CREATE TABLE api_keys (
    id                uuid         PRIMARY KEY,
    account_id        uuid         NOT NULL REFERENCES accounts (id),
    name              varchar(100) NOT NULL,
    scope             varchar(20)  NOT NULL,
    prefix            varchar(16)  NOT NULL,
    secret_hash       bytea        NOT NULL,
    created_by        uuid         NOT NULL REFERENCES users (id),
    created_at        timestamptz  NOT NULL,
    expires_at        timestamptz,
    revoked_at        timestamptz,
    last_used_at      timestamptz,
    last_used_address varchar(64),
    CONSTRAINT api_keys_secret_hash_unique UNIQUE (secret_hash),
    CONSTRAINT api_keys_scope_known CHECK (scope IN ('READ_ONLY', 'FULL')),
    CONSTRAINT api_keys_expire_after_creation CHECK (expires_at IS NULL OR expires_at > created_at)
);
-- The owner's list: keys not revoked, newest first, keyset-paged.
CREATE INDEX api_keys_account_created_idx ON api_keys (account_id, created_at DESC, id DESC) WHERE revoked_at IS NULL;
