-- Steward schema, version 7: a deleted game is marked, not erased. Its events stay in the log
-- for the audit trail; the host no longer loads it.
ALTER TABLE games ADD COLUMN deleted_at BIGINT;
