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
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The fallback of {@code clausematch.embedded-db.mode}: Debian's PostgreSQL binaries, started without zonky.
 * Skipped where no {@code /usr/lib/postgresql/<version>/bin} is installed.
 */
class SystemPostgresTest {

    // not a JUnit @TempDir: that folder is private to its owner, and user postgres must reach the cluster
    private final Path folder = Path.of(System.getProperty("java.io.tmpdir"), "clausematch-system-pg-" + UUID.randomUUID());

    @AfterEach
    void removeFolder() throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    @Test
    void startsARealPostgresThatFlywayMigratesAndStopsIt() throws Exception {
        assumeTrue(SystemPostgres.binaries().isPresent(), "no Debian PostgreSQL binaries");
        EmbeddedPostgresProperties properties = new EmbeddedPostgresProperties(folder.resolve("pgdata"), true, 0,
                EmbeddedPostgresProperties.Mode.SYSTEM);

        int port;
        try (SystemPostgres postgres = SystemPostgres.start(properties)) {
            port = postgres.port();
            assertThat(postgres.dataDirectory().resolve("PG_VERSION")).exists();
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(postgres.jdbcUrl());

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
    }
}
