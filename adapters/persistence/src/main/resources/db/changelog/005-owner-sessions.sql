--liquibase formatted sql

--changeset lockvue:005-owner-sessions
-- An owner's login; the access token carries its id (sid) and every request checks it here, so logging out or
-- changing the password ends tokens at once. Tokens issued before this table existed carry no sid and are refused:
-- owners log in once more after the upgrade.
CREATE TABLE owner_sessions (
    id         uuid        PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES users (id),
    started_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    ended_at   timestamptz,
    CONSTRAINT owner_sessions_expire_after_start CHECK (expires_at > started_at)
);
-- Serves "end every session of this user" (password change).
CREATE INDEX owner_sessions_open_by_user_idx ON owner_sessions (user_id) WHERE ended_at IS NULL;
-- Serves the sweep of sessions long over.
CREATE INDEX owner_sessions_expires_idx ON owner_sessions (expires_at);

--changeset lockvue:005-known-login-clients
-- Clients an owner logged in from successfully: "net:<address or IPv6 /64>" or "token:<SHA-256 prefix of the
-- browser's known-client token>" (the token itself is never stored). Failed logins from such a client are
-- counted for it alone, so nobody who merely knows an owner's email can lock the owner out of them.
CREATE TABLE known_login_clients (
    user_id         uuid         NOT NULL REFERENCES users (id),
    client_key      varchar(100) NOT NULL,
    last_success_at timestamptz  NOT NULL,
    PRIMARY KEY (user_id, client_key)
);
