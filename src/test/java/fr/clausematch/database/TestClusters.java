package fr.clausematch.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Throw-away folders for the clusters of the database tests, and what a running server tells of itself. */
final class TestClusters {

    private TestClusters() {
    }

    /**
     * A new folder in the temporary directory; not a JUnit {@code @TempDir}, private to its owner, since user
     * postgres must reach the clusters of {@link SystemPostgres} in it.
     */
    static Path create(String prefix) {
        try {
            return Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), prefix + UUID.randomUUID()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** The server's pid: line 1 of {@code postmaster.pid}. */
    static long postmasterPid(Path dataDirectory) throws IOException {
        return Long.parseLong(postmasterLines(dataDirectory).get(0).strip());
    }

    /** The server's port: line 4 of {@code postmaster.pid}. */
    static int postmasterPort(Path dataDirectory) throws IOException {
        return Integer.parseInt(postmasterLines(dataDirectory).get(3).strip());
    }

    private static List<String> postmasterLines(Path dataDirectory) throws IOException {
        return Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
    }

    /** The settings that make a server durable, as the server at {@code jdbcUrl} answers {@code SHOW}. */
    static Map<String, String> durability(String jdbcUrl) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            for (String name : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet value = statement.executeQuery("SHOW " + name)) {
                    value.next();
                    settings.put(name, value.getString(1));
                }
            }
        }
        return settings;
    }

    static String jdbcUrl(Path dataDirectory) throws IOException {
        return "jdbc:postgresql://127.0.0.1:" + postmasterPort(dataDirectory) + "/postgres";
    }

    /** Waits (10 s at most) until process {@code pid} is gone, reaped by its parent; fails if it is not. */
    static void awaitGone(long pid) throws InterruptedException {
        for (int i = 0; i < 100 && ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent(); i++) {
            Thread.sleep(100);
        }
        if (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent()) {
            throw new AssertionError("process " + pid + " is still there");
        }
    }
}
