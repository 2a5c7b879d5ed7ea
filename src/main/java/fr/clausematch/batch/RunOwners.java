package fr.clausematch.batch;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tables {@code batch_run_owner}: which process runs a job execution, and its last heartbeat; and
 * {@code batch_step_owner}: which worker process plans a partition (a step execution) of a run on remote workers.
 */
@Repository
class RunOwners {

    /** The owner of an execution and when it last said it was alive. */
    record Owner(String owner, Instant heartbeatAt) {
    }

    private final JdbcTemplate jdbc;

    RunOwners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final String RECORD = """
            INSERT INTO %1$s (%2$s, owner, heartbeat_at) VALUES (?, ?, now())
            ON CONFLICT (%2$s) DO UPDATE SET owner = excluded.owner, heartbeat_at = now()""";

    void record(long jobExecution, String owner) {
        jdbc.update(RECORD.formatted("batch_run_owner", "job_execution_id"), jobExecution, owner);
    }

    void heartbeat(long jobExecution) {
        jdbc.update("UPDATE batch_run_owner SET heartbeat_at = now() WHERE job_execution_id = ?", jobExecution);
    }

    Optional<Owner> of(long jobExecution) {
        return jdbc.query("SELECT owner, heartbeat_at FROM batch_run_owner WHERE job_execution_id = ?",
                (row, n) -> new Owner(row.getString(1), row.getTimestamp(2).toInstant()), jobExecution).stream().findFirst();
    }

    void recordStep(long stepExecution, String owner) {
        jdbc.update(RECORD.formatted("batch_step_owner", "step_execution_id"), stepExecution, owner);
    }

    void heartbeatStep(long stepExecution) {
        jdbc.update("UPDATE batch_step_owner SET heartbeat_at = now() WHERE step_execution_id = ?", stepExecution);
    }

    /** The workers of a job execution's partitions, by step execution id. */
    Map<Long, Owner> ofSteps(long jobExecution) {
        Map<Long, Owner> owners = new HashMap<>();
        jdbc.query("""
                SELECT o.step_execution_id, o.owner, o.heartbeat_at FROM batch_step_owner o
                JOIN batch_step_execution s ON s.step_execution_id = o.step_execution_id WHERE s.job_execution_id = ?""",
                row -> {
                    owners.put(row.getLong(1), new Owner(row.getString(2), row.getTimestamp(3).toInstant()));
                }, jobExecution);
        return owners;
    }

    /** The database's clock, which every process's heartbeat is written by. */
    Instant now() {
        return jdbc.queryForObject("SELECT now()", java.sql.Timestamp.class).toInstant();
    }
}
