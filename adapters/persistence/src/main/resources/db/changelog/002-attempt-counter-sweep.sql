--liquibase formatted sql

--changeset lockvue:002-attempt-counters-window-index
-- Serves the periodic sweep of idle counters (PostgresAttemptLimiter.sweepIdleCounters).
CREATE INDEX attempt_counters_window_start_idx ON attempt_counters (window_start);
