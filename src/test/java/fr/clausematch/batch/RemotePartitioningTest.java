package fr.clausematch.batch;

import fr.clausematch.dataset.DatasetReader;
import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.ForkedApplication;
import fr.clausematch.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A run on remote workers with the machine's RabbitMQ (127.0.0.1:5672, guest): this test is the manager, two worker
 * JVMs ({@code worker}, one partition at a time each) share its PostgreSQL. One worker is killed ({@code kill -9})
 * while it plans a territory: the manager sees it gone and fails that partition (the other worker plans the rest),
 * the run ends FAILED; its restart has the remaining worker plan only that territory. Row by row, each territory
 * ends with exactly one finished plan of the run, stored whole, at least as good as the baseline. Skipped, saying
 * why, when no broker answers.
 */
@IntegrationTest
class RemotePartitioningTest {

    private static final List<String> TERRITORIES = List.of("90", "70", "39", "58");
    private static final java.util.regex.Pattern READY = java.util.regex.Pattern.compile(
            java.util.regex.Pattern.quote("Ouvrier prêt : file " + PartitionMessages.QUEUE));

    @Autowired BatchRuns runs;
    @Autowired DatasetImporter importer;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired ConnectionFactory connections;

    @Test
    void aKilledWorkersPartitionIsPlannedAgainByTheRestartAndNothingTwice() throws Exception {
        assumeTrue(brokerReachable(), "RabbitMQ ne répond pas sur 127.0.0.1:5672 : test du partitionnement distant ignoré "
                + "(démarrez rabbitmq-server)");
        new RabbitAdmin(connections).purgeQueue(PartitionMessages.QUEUE, false);
        importer.importDataset(new DatasetReader().read(Path.of("sample-data", "bourgogne-franche-comte")), null, "test");
        ForkedApplication forked = ForkedApplication.on(dataSource, Map.of("clausematch.batch.parallel", "1",
                "spring.rabbitmq.host", "127.0.0.1"), List.of("-XX:TieredStopAtLevel=1"));
        List<Process> workers = new ArrayList<>();
        try {
            for (int i = 1; i <= 2; i++) {
                workers.add(forked.start("remote-worker-" + i, "worker"));
            }
            for (int i = 1; i <= 2; i++) {
                forked.await(workers.get(i - 1), "remote-worker-" + i, READY, 120);
            }
            RunView launched = runs.launch(new RunRequest(TERRITORIES, null, 10L, "remote"), "test");
            assertThat(launched.workers()).isEqualTo("remote");
            long run = launched.id();

            Process victim = awaitAPartitionPlannedBy(workers, run);
            String victimTerritory = territoryPlannedBy(victim, run).orElseThrow();
            victim.destroyForcibly();
            assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();

            RunView failed = runs.await(run);
            assertThat(failed.status()).as("the manager saw the worker gone").isEqualTo("FAILED");
            PartitionView lost = failed.partitions().stream().filter(p -> p.territory().equals(victimTerritory)).findFirst().orElseThrow();
            assertThat(lost.status()).isEqualTo("FAILED");
            assertThat(lost.message()).contains("ouvrier disparu : ").contains(":" + victim.pid());
            assertThat(failed.partitions()).filteredOn(p -> !p.territory().equals(victimTerritory))
                    .extracting(PartitionView::status).containsOnly("COMPLETED");
            assertThat(BatchRunRows.plans(jdbc, run)).doesNotContainKey(victimTerritory);

            runs.restart(run);
            RunView done = runs.await(run);

            assertThat(done.status()).isEqualTo("COMPLETED");
            assertThat(done.workers()).as("restarted on remote workers").isEqualTo("remote");
            List<String> replanned = jdbc.queryForList("""
                    SELECT substring(step_name from position(':' in step_name) + 1) FROM batch_step_execution
                    WHERE job_execution_id = ? AND step_name LIKE 'planTerritory:%'""", String.class, done.lastExecution());
            assertThat(replanned).as("the restart planned only the lost territory").containsExactly(victimTerritory);
            String survivor = String.valueOf(workers.get(workers.get(0) == victim ? 1 : 0).pid());
            assertThat(jdbc.queryForObject("""
                    SELECT o.owner FROM batch_step_owner o JOIN batch_step_execution s ON s.step_execution_id = o.step_execution_id
                    WHERE s.job_execution_id = ?""", String.class, done.lastExecution())).contains(":" + survivor + ":");
            for (PartitionView partition : done.partitions()) {
                List<Map<String, Object>> plans = jdbc.queryForList("SELECT * FROM plan WHERE batch_run = ? AND territory_code = ?",
                        run, partition.territory());
                assertThat(plans).as("plans of the run for " + partition.territory()).hasSize(1);
                Map<String, Object> plan = plans.get(0);
                assertThat(plan).containsEntry("status", "DONE").containsEntry("strategy", "OPTIMIZE")
                        .containsEntry("id", partition.planId());
                Long stored = jdbc.queryForObject("""
                        SELECT coalesce(sum(s.hours), 0) FROM assignment a JOIN slot s ON s.id = a.slot_id
                        WHERE a.plan_id = ? AND a.status = 'PROPOSED'""", Long.class, plan.get("id"));
                assertThat(stored).as("pairings stored whole for " + partition.territory()).isEqualTo(plan.get("hours_assigned"))
                        .isEqualTo(partition.hoursFilled()).isPositive();
                assertThat(partition.hoursFilled()).as("hours of " + partition.territory())
                        .isGreaterThanOrEqualTo(partition.baselineHoursFilled());
            }
            assertThat(jdbc.queryForObject("SELECT count(*) FROM plan WHERE batch_run = ?", Integer.class, run))
                    .isEqualTo(TERRITORIES.size());
        } finally {
            workers.forEach(Process::destroyForcibly);
        }
    }

    static boolean brokerReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5672), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }



    /** Waits until one of the workers plans a partition of the run (STARTED, owned by it); answers that worker. */
    private Process awaitAPartitionPlannedBy(List<Process> workers, long run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            for (Process worker : workers) {
                if (territoryPlannedBy(worker, run).isPresent()) {
                    return worker;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no worker planned a partition of run " + run + ": " + runs.get(run));
    }

    private Optional<String> territoryPlannedBy(Process worker, long run) {
        return jdbc.queryForList("""
                SELECT substring(s.step_name from position(':' in s.step_name) + 1) FROM batch_step_execution s
                JOIN batch_step_owner o ON o.step_execution_id = s.step_execution_id
                JOIN batch_job_execution e ON e.job_execution_id = s.job_execution_id
                WHERE e.job_instance_id = ? AND s.status = 'STARTED' AND o.owner LIKE ?""", String.class,
                run, "%:" + worker.pid() + ":%").stream().findFirst();
    }

}
