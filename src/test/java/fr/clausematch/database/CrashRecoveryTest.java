package fr.clausematch.database;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real {@code kill -9} of the application in the middle of a plan, then a start on the same folder, with
 * nobody stepping in: the start succeeds, the plan is marked interrupted, the data is the same, a new plan runs.
 * The application runs in a JVM of its own ({@link ForkedApplication}) on its default (durable) embedded PostgreSQL.
 */
class CrashRecoveryTest {

    private static final List<String> TABLES = List.of("buyer", "candidate", "contract", "slot");

    private final Path folder = TestClusters.create("clausematch-crash-");
    private final Path data = folder.resolve("pgdata");

    @AfterEach
    void cleanUp() throws Exception {
        try {
            new CrashLeftovers(data, Duration.ofSeconds(10), Duration.ofSeconds(5)).clear();
        } finally {
            TestClusters.delete(folder);
        }
    }

    @Test
    void aStartAfterAKillDuringAPlanRecoversByItself() throws Exception {
        long plan;
        Map<String, String> before;
        long orphan;
        try (ForkedApplication first = ForkedApplication.start(data, "first-run", 600)) {
            first.awaitLog("sample data loaded"); // after the start, as the application's runners do
            plan = first.post("/api/plans", "{\"territory\":\"21\"}", 201).get("id").asLong();
            awaitPlan(first, plan, status -> status.equals("SOLVING"));
            assertThat(TestClusters.durability(TestClusters.jdbcUrl(data))).as("the application's embedded server keeps PostgreSQL's durable defaults")
                    .containsEntry("fsync", "on").containsEntry("synchronous_commit", "on").containsEntry("full_page_writes", "on");
            before = digests();
            orphan = TestClusters.postmasterPid(data);

            first.killHard();
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the server outlives the killed JVM")
                .contains(true);

        try (ForkedApplication second = ForkedApplication.start(data, "second-run", 3)) {
            TestClusters.awaitGone(orphan);
            assertThat(second.log()).contains("left by the last run").doesNotContain("falling back to the system PostgreSQL");
            JsonNode interrupted = awaitPlan(second, plan, status -> !status.equals("SOLVING"));
            assertThat(interrupted.get("status").asText()).isEqualTo("FAILED");
            assertThat(interrupted.get("message").asText()).contains("interrompu");
            assertThat(digests()).isEqualTo(before);

            long next = second.post("/api/plans", "{\"territory\":\"21\"}", 201).get("id").asLong();
            JsonNode done = awaitPlan(second, next, status -> status.equals("DONE"));
            assertThat(done.get("hoursAssigned").asLong()).isPositive();

            long server = TestClusters.postmasterPid(data);
            second.stop();
            assertThat(data.resolve("postmaster.pid")).as("an ordinary stop stops the server").doesNotExist();
            TestClusters.awaitGone(server);
        }
    }

    private static JsonNode awaitPlan(ForkedApplication application, long plan, Predicate<String> status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            JsonNode view = application.get("/api/plans/" + plan);
            if (status.test(view.get("status").asText())) {
                return view;
            }
            assertThat(System.nanoTime()).as("plan %d still %s", plan, view.get("status").asText()).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** Per table: its row count and an MD5 of all its rows in a fixed order. */
    private Map<String, String> digests() throws Exception {
        Map<String, String> digests = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(TestClusters.jdbcUrl(data), "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet digest = statement.executeQuery("SELECT count(*) || ' ' || md5(string_agg(t::text, '|' ORDER BY t::text)) FROM "
                        + table + " t")) {
                    digest.next();
                    digests.put(table, digest.getString(1));
                }
            }
        }
        assertThat(digests.get("candidate")).doesNotStartWith("0 ");
        return digests;
    }
}
