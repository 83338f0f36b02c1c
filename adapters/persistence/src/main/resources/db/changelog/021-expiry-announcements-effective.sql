--liquibase formatted sql

--changeset lockvue:021-expiry-announcements-effective
-- A code expires at its effective expiry: its set expiry, or the minutes after its first unlock if sooner (010). The
-- expiry announcements (unique_code.expired) follow that instant, so their index does too. Codes whose effective
-- expiry has already passed are marked announced, as 020 did for set expiries: no burst of old news.
DROP INDEX unique_codes_expiry_unannounced_idx;
UPDATE unique_codes SET expiry_announced_at = effective_expires_at
    WHERE expiry_announced_at IS NULL AND effective_expires_at <= now();
CREATE INDEX unique_codes_expiry_unannounced_idx ON unique_codes (effective_expires_at)
    WHERE deleted_at IS NULL AND expiry_announced_at IS NULL;
