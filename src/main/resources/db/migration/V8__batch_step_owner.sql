-- Which worker process (ProcessOwner: host:pid:startMillis) plans each partition of a run on remote workers, and
-- when it last said it was alive: the manager fails a partition whose worker is gone (instead of waiting for its
-- timeout), and a restart is refused while a live worker still plans one of the run's partitions.
CREATE TABLE batch_step_owner (
    step_execution_id BIGINT PRIMARY KEY REFERENCES batch_step_execution (step_execution_id),
    owner             VARCHAR(300) NOT NULL,
    heartbeat_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
