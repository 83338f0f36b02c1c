--liquibase formatted sql

--changeset lockvue:031-idempotency-keys
-- Requests made with an Idempotency-Key, and the first success of each, kept 24 hours. Nothing in clear: the row id
-- is an HMAC of the account (or "anonymous") and the client's key under a server key; the fingerprint of the request
-- and the answer are keyed by the client's key itself, which is not stored (IdempotencySecrets). A row without an
-- answer is a claim: its request is running, until lease_until at the latest.
CREATE TABLE idempotency_keys (
    key_hash    bytea       PRIMARY KEY,
    fingerprint bytea       NOT NULL,
    claim_id    uuid        NOT NULL,
    lease_until timestamptz NOT NULL,
    answer      bytea,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL
);
-- Serves the sweep of expired entries (JpaIdempotencyStore.sweepExpired).
CREATE INDEX idempotency_keys_expires_idx ON idempotency_keys (expires_at);
