--liquibase formatted sql

--changeset lockvue:020-integrator-events
-- The transactional outbox: one row per integrator event, written in the transaction of the change it tells of.
-- body is the exact JSON that is served by the feed and signed in every delivery. tx_id and position order the
-- feed in commit-safe order: a reader lists only events of transactions older than every one still running
-- (pg_snapshot_xmin), so an event that commits late can never appear behind a cursor already handed out.
CREATE SEQUENCE integrator_events_position_seq;
CREATE TABLE integrator_events (
    id          uuid        PRIMARY KEY,
    account_id  uuid        NOT NULL,
    type        varchar(40) NOT NULL,
    occurred_at timestamptz NOT NULL,
    -- A test event is for this one endpoint, and is not in the feed.
    only_to     uuid,
    body        text        NOT NULL,
    tx_id       xid8        NOT NULL DEFAULT pg_current_xact_id(),
    position    bigint      NOT NULL DEFAULT nextval('integrator_events_position_seq')
);
CREATE INDEX integrator_events_feed_idx ON integrator_events (account_id, tx_id, position) WHERE only_to IS NULL;
-- Serves the sweep of events past their retention.
CREATE INDEX integrator_events_age_idx ON integrator_events (occurred_at);

--changeset lockvue:020-webhook-endpoints
CREATE TABLE webhook_endpoints (
    id                         uuid          PRIMARY KEY,
    account_id                 uuid          NOT NULL REFERENCES accounts (id),
    url                        varchar(2000) NOT NULL,
    description                varchar(200)  NOT NULL,
    -- Wire names, comma-separated, e.g. 'unique_code.created,permission.revoked'.
    event_types                varchar(1000) NOT NULL,
    enabled                    boolean       NOT NULL,
    -- AES-256-GCM of the signing secret (12-byte IV || ciphertext || tag), the endpoint id as associated data.
    secret_ciphertext          bytea         NOT NULL,
    previous_secret_ciphertext bytea,
    previous_secret_expires_at timestamptz,
    created_at                 timestamptz   NOT NULL,
    version                    bigint        NOT NULL DEFAULT 0,
    -- Set when a delivery's last attempt failed, cleared by the next success; not part of the version.
    failing_since              timestamptz,
    -- A worker's claim: until lease_until, only the worker holding lease_token delivers to this endpoint.
    lease_until                timestamptz,
    lease_token                uuid
);
CREATE INDEX webhook_endpoints_account_idx ON webhook_endpoints (account_id, created_at, id);

--changeset lockvue:020-webhook-deliveries
CREATE TABLE webhook_deliveries (
    id              uuid        PRIMARY KEY,
    endpoint_id     uuid        NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    event_id        uuid        NOT NULL REFERENCES integrator_events (id) ON DELETE CASCADE,
    state           varchar(10) NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    -- After a manual redelivery: the attempt after which it gives up. Null: the retry schedule decides.
    last_attempt    integer,
    next_attempt_at timestamptz,
    created_at      timestamptz NOT NULL,
    -- The event's order, copied so one endpoint's deliveries are made in the feed's order.
    tx_id           xid8        NOT NULL DEFAULT pg_current_xact_id(),
    position        bigint      NOT NULL,
    CONSTRAINT webhook_deliveries_once UNIQUE (endpoint_id, event_id),
    CONSTRAINT webhook_deliveries_state_known CHECK (state IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    CONSTRAINT webhook_deliveries_pending_until CHECK ((state = 'PENDING') = (next_attempt_at IS NOT NULL))
);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX webhook_deliveries_endpoint_due_idx ON webhook_deliveries (endpoint_id, tx_id, position)
    WHERE state = 'PENDING';
CREATE INDEX webhook_deliveries_log_idx ON webhook_deliveries (endpoint_id, created_at DESC, id DESC);
CREATE INDEX webhook_deliveries_event_idx ON webhook_deliveries (event_id);

CREATE TABLE webhook_attempts (
    delivery_id  uuid         NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempt      integer      NOT NULL,
    attempted_at timestamptz  NOT NULL,
    succeeded    boolean      NOT NULL,
    status_code  integer,
    duration_ms  integer      NOT NULL,
    error        varchar(300),
    PRIMARY KEY (delivery_id, attempt)
);

--changeset lockvue:020-code-expiry-announcements
-- Expiry needs no job to take effect; this records that it has been told (audit trail and event), once. Codes that
-- expired before events existed count as told: there was nobody to tell.
ALTER TABLE unique_codes ADD COLUMN expiry_announced_at timestamptz;
UPDATE unique_codes SET expiry_announced_at = expires_at WHERE expires_at <= now();
CREATE INDEX unique_codes_expiry_unannounced_idx ON unique_codes (expires_at)
    WHERE deleted_at IS NULL AND expiry_announced_at IS NULL;
