package fr.clausematch.batch;

import fr.clausematch.support.ForkedApplication;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What a batch run left in the database, read row by row by the tests that kill or cut a real process. */
final class BatchRunRows {

    private BatchRunRows() {
    }

    /** The run's plans: territory → plan id. */
    static Map<String, Long> plans(JdbcTemplate jdbc, long run) {
        Map<String, Long> plans = new TreeMap<>();
        jdbc.query("SELECT territory_code, id FROM plan WHERE batch_run = ?", row -> {
            plans.put(row.getString(1), row.getLong(2));
        }, run);
        return plans;
    }

    /** Waits until one partition of the run is COMPLETED and another STARTED; answers the job execution. */
    static long awaitOneDoneAndOneRunning(JdbcTemplate jdbc, Process batch, String log, long run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            Map<String, Object> counts = jdbc.queryForMap("""
                    SELECT max(e.job_execution_id) AS execution,
                           count(*) FILTER (WHERE s.status = 'COMPLETED') AS completed,
                           count(*) FILTER (WHERE s.status = 'STARTED') AS started
                    FROM batch_job_execution e LEFT JOIN batch_step_execution s
                      ON s.job_execution_id = e.job_execution_id AND s.step_name LIKE 'planTerritory:%'
                    WHERE e.job_instance_id = ?""", run);
            if (((Number) counts.get("completed")).longValue() >= 1 && ((Number) counts.get("started")).longValue() >= 1) {
                return ((Number) counts.get("execution")).longValue();
            }
            assertThat(batch.isAlive() && System.nanoTime() < deadline)
                    .as("a partition done and another running:\n" + ForkedApplication.output(log, true)).isTrue();
            Thread.sleep(100);
        }
    }

    /** Each territory has exactly one finished plan of the run, OPTIMIZE, its pairings stored whole; no other plan. */
    static void eachPlannedOnceAndWhole(JdbcTemplate jdbc, long run, List<String> territories) {
        for (String territory : territories) {
            List<Map<String, Object>> plans = jdbc.queryForList("SELECT * FROM plan WHERE batch_run = ? AND territory_code = ?",
                    run, territory);
            assertThat(plans).as("plans of the run for " + territory).hasSize(1);
            Map<String, Object> plan = plans.get(0);
            assertThat(plan).containsEntry("status", "DONE").containsEntry("strategy", "OPTIMIZE");
            Long stored = jdbc.queryForObject("""
                    SELECT coalesce(sum(s.hours), 0) FROM assignment a JOIN slot s ON s.id = a.slot_id
                    WHERE a.plan_id = ? AND a.status = 'PROPOSED'""", Long.class, plan.get("id"));
            assertThat(stored).as("pairings stored whole for " + territory).isEqualTo(plan.get("hours_assigned")).isPositive();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM plan WHERE batch_run = ?", Integer.class, run))
                .isEqualTo(territories.size());
    }
}
