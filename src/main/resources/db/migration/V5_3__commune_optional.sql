-- The exchange format of 2026-12-01: a commune may be empty (it is shown, never used by a rule).
ALTER TABLE candidate ALTER COLUMN commune DROP NOT NULL;
ALTER TABLE contract ALTER COLUMN commune DROP NOT NULL;
