package fr.clausematch.batch;

import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.shared.ConflictException;
import fr.clausematch.shared.InvalidFieldException;
import fr.clausematch.shared.NotFoundException;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import fr.clausematch.territory.Territory;
import fr.clausematch.territory.TerritoryRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Batch runs in this process: a run plans each territory once, is refused bad input, and a dead owner's run is taken over. */
@IntegrationTest
class BatchRunsTest {

    @Autowired BatchRuns runs;
    @Autowired DatasetImporter importer;
    @Autowired JdbcTemplate jdbc;
    @Autowired TerritoryRepository territories;

    @BeforeEach
    void tinySample() {
        TinySample.load(importer);
    }

    @Test
    void aRunPlansEachTerritoryOnceAndSaysHowItWent() throws Exception {
        RunView launched = runs.launch(new RunRequest(List.of("21", "25"), null, 10L), "test");
        assertThat(launched.territories()).containsExactly("21", "25");
        RunView done = runs.await(launched.id());

        assertThat(done.status()).isEqualTo("COMPLETED");
        assertThat(done.owner()).isEqualTo(fr.clausematch.shared.ProcessOwner.current().toString());
        assertThat(done.partitions()).extracting(PartitionView::territory).containsExactly("21", "25");
        PartitionView p21 = done.partitions().get(0);
        assertThat(p21.status()).isEqualTo("COMPLETED");
        assertThat(p21.budgetMillis()).isPositive().isLessThanOrEqualTo(10_000);
        Map<String, Object> plan = jdbc.queryForMap("SELECT * FROM plan WHERE batch_run = ? AND territory_code = '21'", done.id());
        assertThat(plan).containsEntry("status", "DONE").containsEntry("strategy", "OPTIMIZE")
                .containsEntry("id", p21.planId()).containsEntry("hours_assigned", p21.hoursFilled());
        assertThat(p21.hoursFilled()).isPositive().isGreaterThanOrEqualTo(p21.baselineHoursFilled());
        // issue 14 part 5: the partition's kilometres and CO2 are its plan's, beside its baseline's
        com.fasterxml.jackson.databind.JsonNode indicators = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree((String) plan.get("indicators"));
        com.fasterxml.jackson.databind.JsonNode baseline = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree((String) plan.get("baseline_indicators"));
        assertThat(p21.kmTotal()).isPositive().isEqualTo(indicators.get("kmTotal").asDouble());
        assertThat(p21.co2Kg()).isEqualTo(indicators.get("co2Kg").asDouble());
        assertThat(p21.baselineKmTotal()).isPositive().isEqualTo(baseline.get("kmTotal").asDouble());
        assertThat(p21.baselineCo2Kg()).isEqualTo(baseline.get("co2Kg").asDouble());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM plan WHERE batch_run = ?", Integer.class, done.id()))
                .as("the tiny sample's 25 has no slot: nothing to plan there").isEqualTo(1);
        assertThat(runs.list()).extracting(RunView::id).contains(done.id());

        assertThatThrownBy(() -> runs.restart(done.id())).isInstanceOf(ConflictException.class).hasMessageContaining("terminé");
        assertThatThrownBy(() -> runs.stop(done.id())).isInstanceOf(ConflictException.class).hasMessageContaining("pas en cours");
    }

    @Autowired org.springframework.batch.core.Job territoryPlanning;
    @Autowired org.springframework.batch.core.repository.JobRepository repository;
    @Autowired org.springframework.batch.core.explore.JobExplorer explorer;
    @Autowired org.springframework.batch.core.configuration.JobRegistry registry;
    @Autowired fr.clausematch.planning.TerritoryPlanner planner;
    @Autowired BatchRunProperties properties;
    @Autowired BatchRunReading reading;
    @Autowired StaleExecutions stale;

    @Test
    void aRunOnRemoteWorkersWhoseBrokerIsSilentIsRefusedAndNothingStarts() throws Exception {
        var silent = new org.springframework.amqp.rabbit.connection.CachingConnectionFactory("127.0.0.1", 1);
        try {
            BatchRuns remote = new BatchRuns(territoryPlanning, repository, explorer, registry, territories, planner, reading,
                    stale, properties, new BrokerCheck(silent));

            assertThatThrownBy(() -> remote.launch(new RunRequest(List.of("21"), null, 60L, "remote"), "test"))
                    .isInstanceOf(BrokerUnavailableException.class)
                    .hasMessageStartingWith("le courtier RabbitMQ 127.0.0.1:1 ne répond pas : ")
                    .hasMessageEndingWith(" ; rien n'a été lancé");
            assertThat(jdbc.queryForObject("SELECT count(*) FROM batch_job_execution", Integer.class)).isZero();
            assertThatThrownBy(() -> runs.launch(new RunRequest(List.of("21"), null, 60L, "elsewhere"), "test"))
                    .isInstanceOf(InvalidFieldException.class).hasMessageContaining("ouvriers inconnus : « elsewhere »");
        } finally {
            silent.destroy();
        }
    }

    @Test
    void aTerritoryWithNoSlotCompletesWithNothingToDo() throws Exception {
        territories.save(new Territory("976", "Mayotte", Territory.Kind.DEPARTEMENT));
        RunView done = runs.await(runs.launch(new RunRequest(List.of("976", "21"), null, 10L), "test").id());

        assertThat(done.status()).isEqualTo("COMPLETED");
        PartitionView empty = done.partitions().get(0);
        assertThat(empty.territory()).isEqualTo("976");
        assertThat(empty.status()).isEqualTo("COMPLETED");
        assertThat(empty.slots()).isZero();
        assertThat(empty.planId()).isNull();
        assertThat(empty.message()).contains("aucun poste à pourvoir");
        assertThat(done.partitions().get(1).planId()).as("the other territory is planned").isNotNull();
        assertThat(plans(done.id())).containsOnlyKeys("21");
        RunView alone = runs.await(runs.launch(new RunRequest(List.of("976"), null, 10L), "test").id());
        assertThat(alone.status()).as("a run of it alone: nothing refused, nothing planned").isEqualTo("COMPLETED");
        assertThat(plans(alone.id())).isEmpty();
    }

    @Test
    void badRequestsAreRefusedBeforeAnythingStarts() {
        assertThatThrownBy(() -> runs.launch(new RunRequest(List.of("21", "99"), null, 60L), "test"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("territoire inconnu : 99");
        assertThatThrownBy(() -> runs.launch(new RunRequest(List.of(), null, 60L), "test"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("au moins un territoire");
        assertThatThrownBy(() -> runs.launch(new RunRequest(List.of("21"), true, 60L), "test"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("pas les deux");
        assertThatThrownBy(() -> runs.launch(new RunRequest(List.of("21"), null, 5L), "test"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("entre 10 s et 24 h");
        assertThatThrownBy(() -> runs.get(424242)).isInstanceOf(NotFoundException.class);
        assertThat(runs.list()).isEmpty();
    }

    @Test
    void aRunLeftRunningIsTakenOverOnlyWhenItsOwnerIsGone() throws Exception {
        RunView done = runs.await(runs.launch(new RunRequest(null, true, 10L), "test").id());
        Map<String, Long> plans = plans(done.id());
        // as a kill -9 leaves it: the execution and its manager step STARTED, no end time
        jdbc.update("UPDATE batch_job_execution SET status = 'STARTED', exit_code = 'UNKNOWN', end_time = NULL WHERE job_execution_id = ?",
                done.lastExecution());
        jdbc.update("UPDATE batch_step_execution SET status = 'STARTED', end_time = NULL WHERE job_execution_id = ? AND step_name = ?",
                done.lastExecution(), BatchJobConfiguration.MANAGER_STEP);

        assertThatThrownBy(() -> runs.restart(done.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("en cours dans le processus " + fr.clausematch.shared.ProcessOwner.current().host() + ":"
                        + ProcessHandle.current().pid()).hasMessageContaining("vivant");

        assertThat(runs.get(done.id()).status()).as("its owner, this process, beats").isEqualTo("STARTED");

        // this process, alive, whose heartbeat stopped (its run's thread died with its database): interrupted
        jdbc.update("UPDATE batch_run_owner SET heartbeat_at = now() - interval '1 minute' WHERE job_execution_id = ?",
                done.lastExecution());
        RunView interrupted = runs.get(done.id());
        assertThat(interrupted.status()).isEqualTo(RunView.INTERRUPTED);
        assertThat(interrupted.running()).isFalse();
        assertThat(interrupted.restartable()).isTrue();
        assertThat(interrupted.message()).contains("ne donne plus signe de vie depuis").contains("batch restart " + done.id());
        assertThat(runs.await(done.id()).status()).as("waiting ends on an interrupted run").isEqualTo(RunView.INTERRUPTED);

        // an owner on another host: alive while its heartbeat is fresh, gone once it is older than 30 s
        jdbc.update("UPDATE batch_run_owner SET owner = 'elsewhere:4242:1', heartbeat_at = now() WHERE job_execution_id = ?",
                done.lastExecution());
        assertThatThrownBy(() -> runs.restart(done.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("en cours dans le processus elsewhere:4242 (vivant");
        jdbc.update("UPDATE batch_run_owner SET heartbeat_at = now() - interval '1 minute' WHERE job_execution_id = ?",
                done.lastExecution());
        runs.restart(done.id());
        RunView again = runs.await(done.id());
        assertThat(again.status()).isEqualTo("COMPLETED");
        assertThat(again.executions()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT exit_message FROM batch_job_execution WHERE job_execution_id = ?", String.class,
                done.lastExecution())).contains("propriétaire disparu : elsewhere:4242");
        assertThat(plans(done.id())).as("finished territories are not planned again").isEqualTo(plans);
    }

    @Autowired PartitionWatch watch;

    @Test
    void aRunWhoseManagerDiedWaitsForItsLiveWorkersAndADeadWorkersPartitionIsFailed() throws Exception {
        RunView done = runs.await(runs.launch(new RunRequest(List.of("21", "25"), null, 10L), "test").id());
        long execution = done.lastExecution();
        // a manager gone (another host, silent for a minute) while a worker on a third host plans territory 21
        jdbc.update("UPDATE batch_job_execution SET status = 'STARTED', exit_code = 'UNKNOWN', end_time = NULL WHERE job_execution_id = ?",
                execution);
        jdbc.update("UPDATE batch_step_execution SET status = 'STARTED', end_time = NULL WHERE job_execution_id = ? AND step_name IN (?, ?)",
                execution, BatchJobConfiguration.MANAGER_STEP, BatchJobConfiguration.WORKER_STEP + ":21");
        jdbc.update("UPDATE batch_run_owner SET owner = 'elsewhere:4242:1', heartbeat_at = now() - interval '1 minute' WHERE job_execution_id = ?",
                execution);
        long partition = jdbc.queryForObject("SELECT step_execution_id FROM batch_step_execution WHERE job_execution_id = ? AND step_name = ?",
                Long.class, execution, BatchJobConfiguration.WORKER_STEP + ":21");
        jdbc.update("INSERT INTO batch_step_owner (step_execution_id, owner, heartbeat_at) VALUES (?, 'worker-host:77:1', now())", partition);

        assertThatThrownBy(() -> runs.restart(done.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("a encore une partition (planTerritory:21) planifiée par l'ouvrier worker-host:77 (vivant)");
        assertThat(watch.failGone(execution)).as("a live worker's partition is left to it").isZero();

        jdbc.update("UPDATE batch_step_owner SET heartbeat_at = now() - interval '1 minute' WHERE step_execution_id = ?", partition);
        assertThat(watch.failGone(execution)).isEqualTo(1);
        assertThat(jdbc.queryForMap("SELECT status, exit_message FROM batch_step_execution WHERE step_execution_id = ?", partition))
                .containsEntry("status", "FAILED").hasEntrySatisfying("exit_message",
                        message -> assertThat((String) message).contains("ouvrier disparu : worker-host:77"));
        runs.restart(done.id());
        RunView again = runs.await(done.id());
        assertThat(again.status()).isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM plan WHERE batch_run = ?", Integer.class, done.id()))
                .as("territory 21 keeps its one plan of the run (25, with no slot, has none)").isEqualTo(1);
    }

    @Test
    void aStoppedRunStoresNothingForItsRunningTerritoryAndIsRestarted() throws Exception {
        RunView launched = runs.launch(new RunRequest(List.of("21"), null, 120L), "test");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!runs.get(launched.id()).partitions().get(0).status().equals("STARTED")) {
            assertThat(System.nanoTime()).as("the partition starts").isLessThan(deadline);
            Thread.sleep(100);
        }
        assertThatThrownBy(() -> runs.launch(new RunRequest(List.of("25", "21"), null, 60L), "test"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("le calcul par lots " + launched.id() + " planifie déjà 21");
        assertThat(runs.list()).as("the refused run was not started").hasSize(1);
        Thread.sleep(1_000);
        runs.stop(launched.id());
        long asked = System.nanoTime();
        RunView stopped = runs.await(launched.id());
        assertThat((System.nanoTime() - asked) / 1_000_000).as("stopped within seconds, not at the end of its budget").isLessThan(20_000);
        assertThat(stopped.status()).isIn("STOPPED", "FAILED");
        assertThat(stopped.partitions().get(0).status()).isEqualTo("STOPPED");
        assertThat(stopped.partitions().get(0).planId()).isNull();
        assertThat(plans(launched.id())).as("a stopped territory stores nothing").isEmpty();

        runs.restart(launched.id());
        RunView again = runs.await(launched.id());
        assertThat(again.status()).isEqualTo("COMPLETED");
        assertThat(plans(launched.id())).hasSize(1).containsEntry("21", again.partitions().get(0).planId());
    }

    private Map<String, Long> plans(long run) {
        return BatchRunRows.plans(jdbc, run);
    }
}
