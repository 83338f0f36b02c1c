--liquibase formatted sql

--changeset lockvue:006-versions
-- How many times each row was changed: the entity tag clients send back in If-Match, so that an update made on a
-- stale copy is refused (412) instead of silently overwriting someone else's change.
ALTER TABLE accounts ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE unique_codes ADD COLUMN version bigint NOT NULL DEFAULT 0;
