-- Planning on the database: per-territory solver settings, plan figures, and unassigning a pairing.

-- Targets and weights of the matching objectives, per territory (defaults in solver-config/).
CREATE TABLE territory_setting (
    territory_code  VARCHAR(64)  NOT NULL REFERENCES territory (code) ON DELETE CASCADE,
    name            VARCHAR(100) NOT NULL,
    value           VARCHAR(100) NOT NULL,
    updated_by      VARCHAR(200),
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (territory_code, name)
);

ALTER TABLE plan
    ADD COLUMN indicators           TEXT,
    ADD COLUMN baseline_indicators  TEXT,
    ADD COLUMN baseline_score       VARCHAR(100),
    ADD COLUMN message              VARCHAR(1000);

-- A facilitator may take a person off a slot without forbidding the pair for ever.
ALTER TABLE assignment DROP CONSTRAINT assignment_status_check;
ALTER TABLE assignment ADD CONSTRAINT assignment_status_check
    CHECK (status IN ('PROPOSED', 'CONFIRMED', 'REJECTED', 'UNASSIGNED'));
ALTER TABLE assignment_event DROP CONSTRAINT IF EXISTS assignment_event_to_status_check;
CREATE INDEX assignment_plan_status_idx ON assignment (plan_id, status);
