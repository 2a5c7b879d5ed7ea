-- The process solving a plan (host:pid:startMillis), so that a start marks as interrupted only the plans
-- whose process is gone, never those another live process (the web application, a batch) is solving.
ALTER TABLE plan ADD COLUMN owner VARCHAR(300);

-- The batch run (Spring Batch job instance) that made a plan: each territory gets at most one plan per run,
-- however often the run is restarted.
ALTER TABLE plan ADD COLUMN batch_run BIGINT;
CREATE UNIQUE INDEX plan_batch_run_territory_idx ON plan (batch_run, territory_code) WHERE batch_run IS NOT NULL;
