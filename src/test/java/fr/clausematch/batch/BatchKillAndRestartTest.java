package fr.clausematch.batch;

import fr.clausematch.dataset.DatasetReader;
import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.shared.ConflictException;
import fr.clausematch.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A real {@code kill -9} in the middle of {@code batch run}: the command runs in a JVM of its own on this test's
 * PostgreSQL, one partition at a time, and is killed once a territory is planned and another is being planned.
 * A restart while it is alive is refused; after the kill, {@code restart} (in this process) marks the dead
 * owner's execution FAILED and plans only the territories not finished: each ends with exactly one finished plan
 * of the run, stored whole, and those finished before the kill keep theirs.
 */
@IntegrationTest
class BatchKillAndRestartTest {

    private static final List<String> TERRITORIES = List.of("90", "70", "39", "58");
    private static final Pattern LAUNCHED = Pattern.compile("Calcul par lots (\\d+) lancé");

    @Autowired BatchRuns runs;
    @Autowired DatasetImporter importer;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    @Test
    void aKilledRunIsRestartedLosingNothingAndPlanningNothingTwice() throws Exception {
        importer.importDataset(new DatasetReader().read(Path.of("sample-data", "bourgogne-franche-comte")), null, "test");
        Path output = Files.createDirectories(Path.of("target", "forked-application")).resolve("batch-run-killed.log");
        Process batch = fork(output, "batch", "run", "--territories", String.join(",", TERRITORIES), "--budget", "20s");
        try {
            long run = awaitRunNumber(batch, output);
            long execution = awaitOneDoneAndOneRunning(batch, output, run);

            assertThatThrownBy(() -> runs.restart(run)).as("its owner is alive").isInstanceOf(ConflictException.class)
                    .hasMessageContaining("en cours dans le processus").hasMessageContaining(":" + batch.pid() + " ");
            Map<String, Long> before = plans(run);

            batch.destroyForcibly();
            assertThat(batch.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(jdbc.queryForObject("SELECT status FROM batch_job_execution WHERE job_execution_id = ?", String.class,
                    execution)).as("Spring Batch leaves a killed execution STARTED").isEqualTo("STARTED");
            Map<String, Long> afterKill = plans(run);
            assertThat(afterKill).containsAllEntriesOf(before).isNotEmpty().hasSizeLessThan(TERRITORIES.size());

            runs.restart(run);
            RunView done = runs.await(run);

            assertThat(done.status()).isEqualTo("COMPLETED");
            assertThat(jdbc.queryForObject("SELECT exit_message FROM batch_job_execution WHERE job_execution_id = ?",
                    String.class, execution)).contains("propriétaire disparu : ").contains(":" + batch.pid());
            for (String territory : TERRITORIES) {
                List<Map<String, Object>> plans = jdbc.queryForList("SELECT * FROM plan WHERE batch_run = ? AND territory_code = ?",
                        run, territory);
                assertThat(plans).as("plans of the run for " + territory).hasSize(1);
                Map<String, Object> plan = plans.get(0);
                assertThat(plan).containsEntry("status", "DONE").containsEntry("strategy", "OPTIMIZE");
                Long stored = jdbc.queryForObject("""
                        SELECT coalesce(sum(s.hours), 0) FROM assignment a JOIN slot s ON s.id = a.slot_id
                        WHERE a.plan_id = ? AND a.status = 'PROPOSED'""", Long.class, plan.get("id"));
                assertThat(stored).as("pairings stored whole for " + territory).isEqualTo(plan.get("hours_assigned"))
                        .isPositive();
            }
            assertThat(plans(run)).as("territories finished before the kill kept their plan").containsAllEntriesOf(afterKill);
            List<String> replanned = jdbc.queryForList("""
                    SELECT substring(step_name from position(':' in step_name) + 1) FROM batch_step_execution
                    WHERE job_execution_id = ? AND step_name LIKE 'planTerritory:%'""", String.class, done.lastExecution());
            assertThat(replanned).as("the restart ran only the territories not finished")
                    .doesNotContainAnyElementsOf(finishedBefore(execution)).isNotEmpty();
            assertThat(jdbc.queryForObject("SELECT count(*) FROM plan WHERE batch_run = ?", Integer.class, run))
                    .isEqualTo(TERRITORIES.size());
        } finally {
            batch.destroyForcibly();
        }
    }

    private Process fork(Path output, String... command) throws Exception {
        return BatchRows.fork(dataSource, output, List.of(), command);
    }

    private static long awaitRunNumber(Process batch, Path output) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (true) {
            String text = Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
            Matcher launched = LAUNCHED.matcher(text);
            if (launched.find()) {
                return Long.parseLong(launched.group(1));
            }
            assertThat(batch.isAlive() && System.nanoTime() < deadline).as("batch run started:\n" + text).isTrue();
            Thread.sleep(200);
        }
    }

    /** Waits until one partition is COMPLETED and another STARTED; answers the job execution. */
    private long awaitOneDoneAndOneRunning(Process batch, Path output, long run) throws Exception {
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
                    .as("a partition done and another running:\n" + Files.readString(output, StandardCharsets.UTF_8)).isTrue();
            Thread.sleep(100);
        }
    }

    private List<String> finishedBefore(long execution) {
        return jdbc.queryForList("""
                SELECT substring(step_name from position(':' in step_name) + 1) FROM batch_step_execution
                WHERE job_execution_id = ? AND status = 'COMPLETED' AND step_name LIKE 'planTerritory:%'""", String.class, execution);
    }

    private Map<String, Long> plans(long run) {
        return BatchRows.plans(jdbc, run);
    }
}
