package fr.clausematch.batch;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;

/** Table {@code batch_run_owner}: which process runs a job execution, and its last heartbeat. */
@Repository
class RunOwners {

    /** The owner of an execution and when it last said it was alive. */
    record Owner(String owner, Instant heartbeatAt) {
    }

    private final JdbcTemplate jdbc;

    RunOwners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(long jobExecution, String owner) {
        jdbc.update("""
                INSERT INTO batch_run_owner (job_execution_id, owner, heartbeat_at) VALUES (?, ?, now())
                ON CONFLICT (job_execution_id) DO UPDATE SET owner = excluded.owner, heartbeat_at = now()""",
                jobExecution, owner);
    }

    void heartbeat(long jobExecution) {
        jdbc.update("UPDATE batch_run_owner SET heartbeat_at = now() WHERE job_execution_id = ?", jobExecution);
    }

    Optional<Owner> of(long jobExecution) {
        return jdbc.query("SELECT owner, heartbeat_at FROM batch_run_owner WHERE job_execution_id = ?",
                (row, n) -> new Owner(row.getString(1), row.getTimestamp(2).toInstant()), jobExecution).stream().findFirst();
    }

    /** The database's clock, which every process's heartbeat is written by. */
    Instant now() {
        return jdbc.queryForObject("SELECT now()", java.sql.Timestamp.class).toInstant();
    }
}
