package fr.clausematch.batch;

import com.zaxxer.hikari.HikariDataSource;
import fr.clausematch.dataset.DatasetReader;
import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.shared.ConflictException;
import fr.clausematch.support.ForkedApplication;
import fr.clausematch.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
    private static final String LOG = "batch-run-killed";

    @Autowired BatchRuns runs;
    @Autowired DatasetImporter importer;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    @Test
    void aKilledRunIsRestartedLosingNothingAndPlanningNothingTwice() throws Exception {
        importer.importDataset(new DatasetReader().read(Path.of("sample-data", "bourgogne-franche-comte")), null, "test");
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        ForkedApplication forked = new ForkedApplication(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword(),
                Map.of("clausematch.batch.parallel", "1"));
        Process batch = forked.start(LOG, "batch", "run", "--territories", String.join(",", TERRITORIES), "--budget", "20s");
        try {
            long run = Long.parseLong(forked.await(batch, LOG, LAUNCHED, 180));
            long execution = BatchRunRows.awaitOneDoneAndOneRunning(jdbc, batch, LOG, run);

            assertThatThrownBy(() -> runs.restart(run)).as("its owner is alive").isInstanceOf(ConflictException.class)
                    .hasMessageContaining("en cours dans le processus").hasMessageContaining(":" + batch.pid() + " ");
            Map<String, Long> before = BatchRunRows.plans(jdbc, run);

            batch.destroyForcibly();
            assertThat(batch.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(jdbc.queryForObject("SELECT status FROM batch_job_execution WHERE job_execution_id = ?", String.class,
                    execution)).as("Spring Batch leaves a killed execution STARTED").isEqualTo("STARTED");
            Map<String, Long> afterKill = BatchRunRows.plans(jdbc, run);
            assertThat(afterKill).containsAllEntriesOf(before).isNotEmpty().hasSizeLessThan(TERRITORIES.size());

            runs.restart(run);
            RunView done = runs.await(run);

            assertThat(done.status()).isEqualTo("COMPLETED");
            assertThat(jdbc.queryForObject("SELECT exit_message FROM batch_job_execution WHERE job_execution_id = ?",
                    String.class, execution)).contains("propriétaire disparu : ").contains(":" + batch.pid());
            BatchRunRows.eachPlannedOnceAndWhole(jdbc, run, TERRITORIES);
            assertThat(BatchRunRows.plans(jdbc, run)).as("territories finished before the kill kept their plan").containsAllEntriesOf(afterKill);
            List<String> replanned = jdbc.queryForList("""
                    SELECT substring(step_name from position(':' in step_name) + 1) FROM batch_step_execution
                    WHERE job_execution_id = ? AND step_name LIKE 'planTerritory:%'""", String.class, done.lastExecution());
            assertThat(replanned).as("the restart ran only the territories not finished")
                    .doesNotContainAnyElementsOf(finishedBefore(execution)).isNotEmpty();
        } finally {
            batch.destroyForcibly();
        }
    }

    @Test
    void aRunStoppedFromAnotherProcessStopsThereStoringNothingForItsRunningTerritory() throws Exception {
        importer.importDataset(new DatasetReader().read(Path.of("sample-data", "bourgogne-franche-comte")), null, "test");
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        ForkedApplication forked = new ForkedApplication(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword(),
                Map.of("clausematch.batch.parallel", "1"));
        String log = "batch-run-stopped";
        Process batch = forked.start(log, "batch", "run", "--territories", "21,25", "--budget", "120s");
        try {
            long run = Long.parseLong(forked.await(batch, log, LAUNCHED, 180));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (runs.get(run).partitions().stream().noneMatch(partition -> partition.status().equals("STARTED"))) {
                assertThat(batch.isAlive() && System.nanoTime() < deadline).as(ForkedApplication.output(log, true)).isTrue();
                Thread.sleep(100);
            }

            runs.stop(run); // this process, not the owner: through the JobRepository
            long asked = System.nanoTime();
            assertThat(batch.waitFor(60, TimeUnit.SECONDS)).as("the owner stops").isTrue();
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - asked)).as("within seconds, not its budget").isLessThan(30);
            assertThat(batch.exitValue()).isEqualTo(1);
            assertThat(ForkedApplication.output(log, false)).contains("arrêté").contains("batch restart " + run);
            RunView stopped = runs.get(run);
            assertThat(stopped.status()).isEqualTo("STOPPED");
            assertThat(BatchRunRows.plans(jdbc, run)).as("nothing stored for a stopped territory").doesNotContainKey(
                    stopped.partitions().stream().filter(p -> p.status().equals("STOPPED")).findFirst().orElseThrow().territory());

            runs.restart(run);
            assertThat(runs.await(run).status()).isEqualTo("COMPLETED");
            BatchRunRows.eachPlannedOnceAndWhole(jdbc, run, List.of("21", "25"));
        } finally {
            batch.destroyForcibly();
        }
    }

    private List<String> finishedBefore(long execution) {
        return jdbc.queryForList("""
                SELECT substring(step_name from position(':' in step_name) + 1) FROM batch_step_execution
                WHERE job_execution_id = ? AND status = 'COMPLETED' AND step_name LIKE 'planTerritory:%'""", String.class, execution);
    }

}
