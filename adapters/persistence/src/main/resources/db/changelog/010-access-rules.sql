--liquibase formatted sql

--changeset lockvue:010-unique-code-access-rules
-- Access rules (docs/access-rules.md). Codes made before them start when they were created, at any time, without
-- limits: exactly how they worked, so every stored code keeps its meaning.
ALTER TABLE unique_codes ADD COLUMN starts_at timestamptz;
UPDATE unique_codes SET starts_at = created_at;
ALTER TABLE unique_codes ALTER COLUMN starts_at SET NOT NULL;
-- Weekly windows as text, 'MON,TUE 09:00-17:00|SAT 22:00-06:00'; empty means at any time.
ALTER TABLE unique_codes ADD COLUMN weekly_windows varchar(2000) NOT NULL DEFAULT '';
ALTER TABLE unique_codes ADD COLUMN max_unlocks integer;
ALTER TABLE unique_codes ADD COLUMN minutes_after_first_unlock integer;
ALTER TABLE unique_codes ADD COLUMN unlocks_used integer NOT NULL DEFAULT 0;
ALTER TABLE unique_codes ADD COLUMN first_unlock_at timestamptz;
ALTER TABLE unique_codes ADD COLUMN suspended_at timestamptz;
-- When the code stops working: its expiry, or the minutes after its first unlock if sooner. Kept by every save, so
-- the status lists can filter on it with an index.
ALTER TABLE unique_codes ADD COLUMN effective_expires_at timestamptz;
UPDATE unique_codes SET effective_expires_at = expires_at;
ALTER TABLE unique_codes ALTER COLUMN effective_expires_at SET NOT NULL;
ALTER TABLE unique_codes ADD COLUMN bound_device_name varchar(60);
ALTER TABLE unique_codes ADD CONSTRAINT unique_codes_max_unlocks_positive CHECK (max_unlocks IS NULL OR max_unlocks >= 1);
ALTER TABLE unique_codes ADD CONSTRAINT unique_codes_unlocks_used_counted CHECK (unlocks_used >= 0);
ALTER TABLE unique_codes ADD CONSTRAINT unique_codes_minutes_positive
    CHECK (minutes_after_first_unlock IS NULL OR minutes_after_first_unlock >= 1);
CREATE INDEX unique_codes_account_effective_expiry_idx ON unique_codes (account_id, effective_expires_at)
    WHERE deleted_at IS NULL;

--changeset lockvue:010-audit-reason-longer
-- A change of a code's terms is recorded as what each field was and what it became; weekly windows make that long.
ALTER TABLE audit_events ALTER COLUMN reason TYPE varchar(2000);
