--liquibase formatted sql

--changeset lockvue:003-unique-codes-expiry-index
-- The Active and Expired lists filter on expires_at against now. Without this index a list whose status is rare
-- among an account's codes walked every code in creation order (docs/benchmarks.md: Expired at 1M codes); with
-- it the planner can take the few matching rows by expiry and sort them.
CREATE INDEX unique_codes_account_expiry_idx ON unique_codes (account_id, expires_at) WHERE deleted_at IS NULL;
