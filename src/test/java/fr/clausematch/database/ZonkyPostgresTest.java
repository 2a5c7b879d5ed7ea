package fr.clausematch.database;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Durability of zonky's embedded PostgreSQL, which zonky itself starts with fsync and synchronous commit off. */
class ZonkyPostgresTest {

    private final Path folder = TestClusters.create("clausematch-zonky-");

    @AfterEach
    void removeFolder() throws Exception {
        TestClusters.delete(folder);
    }

    private static ZonkyPostgres start(Path data, Boolean durable) throws Exception {
        return ZonkyPostgres.start(new EmbeddedPostgresProperties(data, true, 0, EmbeddedPostgresProperties.Mode.ZONKY, durable));
    }

    @Test
    void theApplicationsServerKeepsPostgresqlsDurableDefaults() throws Exception {
        try (ZonkyPostgres postgres = start(folder.resolve("pgdata"), null)) {
            assertThat(TestClusters.durability(postgres.jdbcUrl()))
                    .containsEntry("fsync", "on").containsEntry("synchronous_commit", "on").containsEntry("full_page_writes", "on");
        }
    }

    @Test
    void testsMayTradeDurabilityForSpeed() throws Exception {
        try (ZonkyPostgres postgres = start(folder.resolve("pgdata"), false)) {
            assertThat(TestClusters.durability(postgres.jdbcUrl()))
                    .containsEntry("fsync", "off").containsEntry("synchronous_commit", "off").containsEntry("full_page_writes", "off");
        }
    }
}
