package fr.clausematch.batch;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the batch tests read and start alike: a run's plans by territory, and a JVM of the application on the test's database. */
final class BatchRows {

    private BatchRows() {
    }

    /** The plans of a run, by territory. */
    static Map<String, Long> plans(JdbcTemplate jdbc, long run) {
        Map<String, Long> plans = new TreeMap<>();
        jdbc.query("SELECT territory_code, id FROM plan WHERE batch_run = ?", row -> {
            plans.put(row.getString(1), row.getLong(2));
        }, run);
        return plans;
    }

    /**
     * Starts the application's {@code command} in a JVM of its own on the test's PostgreSQL, one partition at a time,
     * with the {@code settings} ({@code -Dname=value}) given, its output into {@code output}.
     */
    static Process fork(DataSource dataSource, Path output, List<String> settings, String... command) throws Exception {
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dspring.datasource.url=" + hikari.getJdbcUrl(), "-Dspring.datasource.username=" + hikari.getUsername(),
                "-Dspring.datasource.password=" + hikari.getPassword(),
                "-Dclausematch.security.admin.password=" + java.util.UUID.randomUUID(),
                "-Dclausematch.batch.parallel=1"));
        line.addAll(settings);
        line.add("fr.clausematch.ClausematchApplication");
        line.addAll(List.of(command));
        return new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }
}
