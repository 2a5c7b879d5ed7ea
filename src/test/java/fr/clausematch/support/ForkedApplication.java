package fr.clausematch.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application's command line in a JVM of its own (this test's class path), on a database given by its JDBC
 * URL: for tests that kill a real process, or cut its database, and look at what it left. Its output goes to a
 * file under {@code target/forked-application}.
 */
public final class ForkedApplication {

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Map<String, String> properties;
    private final List<String> jvmOptions;

    public ForkedApplication(String jdbcUrl, String user, String password, Map<String, String> properties) {
        this(jdbcUrl, user, password, properties, List.of());
    }

    /** {@code jvmOptions}: such as {@code -XX:TieredStopAtLevel=1}, for JVMs that start often and plan little. */
    public ForkedApplication(String jdbcUrl, String user, String password, Map<String, String> properties, List<String> jvmOptions) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.properties = properties;
        this.jvmOptions = jvmOptions;
    }

    /** On the database of {@code dataSource} (the test's own, a Hikari pool). */
    public static ForkedApplication on(javax.sql.DataSource dataSource, Map<String, String> properties, List<String> jvmOptions)
            throws java.sql.SQLException {
        com.zaxxer.hikari.HikariDataSource hikari = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
        return new ForkedApplication(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword(), properties, jvmOptions);
    }

    /** Starts {@code java ... ClausematchApplication COMMAND...}, its output (and errors) written to {@code log}. */
    public Process start(String log, String... command) throws IOException {
        Path output = output(log);
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dspring.datasource.url=" + jdbcUrl, "-Dspring.datasource.username=" + user,
                "-Dspring.datasource.password=" + password,
                "-Dclausematch.security.admin.password=" + UUID.randomUUID()));
        line.addAll(jvmOptions);
        properties.forEach((key, value) -> line.add("-D" + key + "=" + value));
        line.add("fr.clausematch.ClausematchApplication");
        line.addAll(List.of(command));
        Files.deleteIfExists(output);
        return new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    /** Runs a command to its end (at most {@code seconds}) and answers its exit code. */
    public int run(int seconds, String log, String... command) throws Exception {
        Process process = start(log, command);
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("« " + String.join(" ", command) + " » did not end within " + seconds + " s:\n" + output(log, true));
        }
        return process.exitValue();
    }

    /** The first group of {@code pattern} once the process printed it; fails if it ends or times out first. */
    public String await(Process process, String log, Pattern pattern, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            String text = output(log, true);
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                return matcher.groupCount() > 0 ? matcher.group(1) : matcher.group();
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("expected " + pattern + " from the forked application:\n" + text);
            }
            Thread.sleep(200);
        }
    }

    /** What the process printed so far. */
    public static String output(String log, boolean orEmpty) throws IOException {
        Path file = output(log);
        return orEmpty && !Files.exists(file) ? "" : Files.readString(file, StandardCharsets.UTF_8);
    }

    private static Path output(String log) throws IOException {
        return Files.createDirectories(Path.of("target", "forked-application")).resolve(log + ".log");
    }
}
