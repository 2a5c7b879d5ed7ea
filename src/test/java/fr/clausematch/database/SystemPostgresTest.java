package fr.clausematch.database;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The fallback of {@code clausematch.embedded-db.mode}: Debian's PostgreSQL binaries, started without zonky.
 * Skipped where no {@code /usr/lib/postgresql/<version>/bin} is installed.
 */
class SystemPostgresTest {

    private final Path folder = TestClusters.create("clausematch-system-pg-");

    @AfterEach
    void removeFolder() throws IOException {
        TestClusters.delete(folder);
    }

    @Test
    void startsARealPostgresThatFlywayMigratesAndStopsIt() throws Exception {
        assumeTrue(SystemPostgres.binaries().isPresent(), "no Debian PostgreSQL binaries");
        EmbeddedPostgresProperties properties = new EmbeddedPostgresProperties(folder.resolve("pgdata"), true, 0,
                EmbeddedPostgresProperties.Mode.SYSTEM, null);

        int port;
        try (SystemPostgres postgres = SystemPostgres.start(properties)) {
            port = postgres.port();
            assertThat(postgres.dataDirectory().resolve("PG_VERSION")).exists();
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(postgres.jdbcUrl());

            assertThat(TestClusters.durability(postgres.jdbcUrl()))
                    .containsEntry("fsync", "on").containsEntry("synchronous_commit", "on").containsEntry("full_page_writes", "on");

            int migrations = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load()
                    .migrate().migrationsExecuted;
            assertThat(migrations).isPositive();

            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet version = statement.executeQuery("SELECT version()")) {
                assertThat(version.next()).isTrue();
                assertThat(version.getString(1)).startsWith("PostgreSQL " + SystemPostgres.binaries().get().getParent().getFileName());
            }
        }

        assertThat(folder.resolve("pgdata/postmaster.pid")).doesNotExist();
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close()).isInstanceOf(IOException.class);

        // started again on its own cluster, which it keeps
        try (SystemPostgres again = SystemPostgres.start(new EmbeddedPostgresProperties(folder.resolve("pgdata"), false, 0,
                EmbeddedPostgresProperties.Mode.SYSTEM, null));
             Connection connection = DriverManager.getConnection(again.jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet migrations = statement.executeQuery("SELECT count(*) FROM flyway_schema_history")) {
            assertThat(migrations.next()).isTrue();
            assertThat(migrations.getInt(1)).isPositive();
        }
    }

    @Test
    void refusesAClusterOfAnotherMajorVersionWithoutTouchingIt() throws Exception {
        assumeTrue(SystemPostgres.binaries().isPresent(), "no Debian PostgreSQL binaries");
        String binaries = SystemPostgres.binaries().get().getParent().getFileName().toString();
        String other = binaries.equals("14") ? "13" : "14";
        Path data = Files.createDirectories(folder.resolve("pgdata"));
        Files.writeString(data.resolve("PG_VERSION"), other + "\n");
        Files.createDirectories(data.resolve("base"));
        Files.writeString(data.resolve("postgresql.conf"), "# a cluster of PostgreSQL " + other + "\n");
        Map<Path, String> before = snapshot(data);

        assertThatThrownBy(() -> SystemPostgres.start(new EmbeddedPostgresProperties(data, false, 0,
                EmbeddedPostgresProperties.Mode.SYSTEM, null)))
                .hasMessageContaining(data.toString())
                .hasMessageContaining("PostgreSQL " + other + " cluster").hasMessageContaining("PostgreSQL " + binaries)
                .hasMessageContaining("nothing in it was changed");
        assertThat(snapshot(data)).isEqualTo(before);
    }

    /** Every file and folder under {@code data}, with its owner, permissions and content. */
    private static Map<Path, String> snapshot(Path data) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(data)) {
            for (Path path : paths.toList()) {
                files.put(path, Files.getOwner(path).getName() + " " + PosixFilePermissions.toString(Files.getPosixFilePermissions(path))
                        + (Files.isRegularFile(path) ? " " + Files.readString(path) : ""));
            }
        }
        return files;
    }
}
