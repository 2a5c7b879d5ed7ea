package fr.clausematch.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Settings of the embedded PostgreSQL started when no {@code spring.datasource.url} is given.
 *
 * @param dataDirectory where the cluster lives; it survives restarts unless {@code clean} is set
 * @param clean         start from an empty cluster each time (tests)
 * @param port          TCP port, 0 for a free one
 */
@ConfigurationProperties("clausematch.embedded-db")
public record EmbeddedPostgresProperties(Path dataDirectory, boolean clean, int port) {

    public EmbeddedPostgresProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of(System.getProperty("user.home"), ".clausematch", "pgdata");
        }
    }
}
