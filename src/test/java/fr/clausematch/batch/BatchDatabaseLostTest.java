package fr.clausematch.batch;

import fr.clausematch.support.ForkedApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database lost in the middle of {@code batch run}: a PostgreSQL of this test's own is stopped while the
 * command (a JVM of its own) plans one territory after another. The command says the run is interrupted and how
 * to take it up, and ends; once the database is back, {@code batch restart} marks the gone owner's execution
 * FAILED, plans only what was not finished, and each territory ends with exactly one whole plan of the run.
 */
class BatchDatabaseLostTest {

    private static final List<String> TERRITORIES = List.of("90", "70", "39", "58");
    private static final Pattern LAUNCHED = Pattern.compile("Calcul par lots (\\d+) lancé");
    private static final String RUN_LOG = "batch-run-database-lost";

    private EmbeddedPostgres postgres;

    @AfterEach
    void stopDatabase() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aRunWhoseDatabaseIsLostSaysSoAndIsRestartedOnceItIsBack() throws Exception {
        Path data = Path.of("target", "database-lost-pgdata").toAbsolutePath();
        org.springframework.util.FileSystemUtils.deleteRecursively(data);
        int port = freePort();
        postgres = start(data, port);
        String url = postgres.getJdbcUrl("postgres", "postgres");
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", "postgres"));
        ForkedApplication forked = new ForkedApplication(url, "postgres", "postgres", Map.of(
                "clausematch.batch.parallel", "1",
                "spring.datasource.hikari.connection-timeout", "2000",
                "clausematch.batch.database-patience", "5s"));
        assertThat(forked.run(180, "import-database-lost", "import", Path.of("sample-data", "bourgogne-franche-comte").toString()))
                .as(ForkedApplication.output("import-database-lost", true)).isZero();

        Process batch = forked.start(RUN_LOG, "batch", "run", "--territories", String.join(",", TERRITORIES), "--budget", "20s");
        long run;
        Map<String, Long> before;
        try {
            run = Long.parseLong(forked.await(batch, RUN_LOG, LAUNCHED, 180));
            BatchRunRows.awaitOneDoneAndOneRunning(jdbc, batch, RUN_LOG, run);
            before = BatchRunRows.plans(jdbc, run);
            postgres.close();
            postgres = null;

            assertThat(batch.waitFor(90, TimeUnit.SECONDS)).as("the command ends when its database is lost").isTrue();
        } finally {
            batch.destroyForcibly();
        }
        String said = ForkedApplication.output(RUN_LOG, false);
        assertThat(batch.exitValue()).as(said).isEqualTo(1);
        assertThat(said).contains("la base de données ne répond plus").contains("batch restart " + run);

        postgres = start(data, port);
        assertThat(BatchRunRows.plans(jdbc, run)).as("what was stored before the loss is kept").containsAllEntriesOf(before)
                .hasSizeLessThan(TERRITORIES.size());
        assertThat(jdbc.queryForObject("SELECT status FROM batch_job_execution WHERE job_instance_id = ?", String.class, run))
                .as("nothing could say the end: read as interrupted, its owner gone (BatchRunsTest)").isEqualTo("STARTED");

        assertThat(forked.run(180, "restart-database-lost", "batch", "restart", String.valueOf(run)))
                .as(ForkedApplication.output("restart-database-lost", true)).isZero();
        Map<String, Long> after = BatchRunRows.plans(jdbc, run);
        assertThat(after).containsOnlyKeys(TERRITORIES).containsAllEntriesOf(before);
        BatchRunRows.eachPlannedOnceAndWhole(jdbc, run, TERRITORIES);
        assertThat(jdbc.queryForList("SELECT exit_message FROM batch_job_execution WHERE job_instance_id = ? ORDER BY job_execution_id",
                String.class, run).get(0)).as("the first execution, marked failed by the restart").contains("propriétaire disparu");
    }

    private static EmbeddedPostgres start(Path data, int port) throws IOException {
        Files.createDirectories(data);
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60)).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }


}
