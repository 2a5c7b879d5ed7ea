package fr.clausematch.database;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a crash leaves on the embedded server's folder, met by a start of zonky's PostgreSQL: a stale
 * {@code postmaster.pid}, server processes still holding the shared memory of a dead postmaster, and, not a
 * leftover, the server of an application still running. (An orphan server after a {@code kill -9} of the
 * application: {@link CrashRecoveryTest}.)
 */
class CrashLeftoversTest {

    private final Path folder = TestClusters.create("clausematch-leftovers-");
    private final Path data = folder.resolve("pgdata");
    private final List<Process> helpers = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        helpers.forEach(Process::destroyForcibly);
        try {
            new CrashLeftovers(data, Duration.ofSeconds(5), Duration.ofSeconds(5)).clear();
        } finally {
            TestClusters.delete(folder);
        }
    }

    private EmbeddedPostgresProperties properties() {
        return new EmbeddedPostgresProperties(data, false, 0, EmbeddedPostgresProperties.Mode.ZONKY, false);
    }

    private Process helper(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        helpers.add(process);
        return process;
    }

    /** A cluster stopped cleanly, then a {@code postmaster.pid} as a server on it would have written, naming {@code pid}. */
    private void clusterWithPidFile(long pid) throws IOException {
        ZonkyPostgres.start(properties()).close();
        Files.writeString(data.resolve("postmaster.pid"),
                pid + "\n" + data + "\n1764600000\n54321\n/tmp\nlocalhost\n  54321001         0\nready   \n");
    }

    private static void assertAnswers(LocalPostgres postgres) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet one = statement.executeQuery("SELECT 1")) {
            assertThat(one.next()).isTrue();
        }
    }

    @Test
    void aPidFileNamingAProcessThatIsGoneIsLeftToPostgresql() throws Exception {
        Process gone = helper("true");
        gone.waitFor();
        clusterWithPidFile(gone.pid());

        try (ZonkyPostgres postgres = ZonkyPostgres.start(properties())) {
            assertAnswers(postgres);
            assertThat(TestClusters.postmasterPid(data)).isNotEqualTo(gone.pid());
        }
    }

    @Test
    void aPidFileNamingALiveProgramThatIsNoServerOfThisFolderIsRemoved() throws Exception {
        Process sleeper = helper("sleep", "300");
        clusterWithPidFile(sleeper.pid());

        try (ZonkyPostgres postgres = ZonkyPostgres.start(properties())) {
            assertAnswers(postgres);
        }
        assertThat(sleeper.isAlive()).as("a program that is no server is never signalled").isTrue();
    }

    @Test
    void serverProcessesOfADeadPostmasterAreStoppedSoThatItsSharedMemoryIsFreed() throws Exception {
        ZonkyPostgres first = ZonkyPostgres.start(properties());
        long postmaster = TestClusters.postmasterPid(data);
        Connection connection = DriverManager.getConnection(first.jdbcUrl());
        long backend;
        try (Statement statement = connection.createStatement(); ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
            pid.next();
            backend = pid.getLong(1);
        }
        // a backend that cannot notice its postmaster's death keeps the shared memory segment attached
        helper("kill", "-STOP", String.valueOf(backend)).waitFor();
        helper("kill", "-KILL", String.valueOf(postmaster)).waitFor();
        TestClusters.awaitGone(postmaster);
        first.close(); // releases the folder's lock; its pg_ctl stop fails on the dead server
        assertThat(ProcessHandle.of(backend).filter(ProcessHandle::isAlive)).isPresent();

        try (ZonkyPostgres second = ZonkyPostgres.start(properties())) {
            assertAnswers(second);
            TestClusters.awaitGone(backend);
        } finally {
            connection.abort(Runnable::run);
        }
    }

    @Test
    void theServerOfARunningApplicationIsLeftAlone() throws Exception {
        try (ZonkyPostgres running = ZonkyPostgres.start(properties())) {
            assertThatThrownBy(() -> ZonkyPostgres.start(properties()))
                    .hasMessageContaining("in use by another running Clausematch").hasMessageContaining(data.toString());
            assertAnswers(running);
        }
    }
}
