package fr.clausematch.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * The zonky embedded PostgreSQL (its own binaries, run through {@code unshare -U} when root), with PostgreSQL's
 * durable settings unless {@code clausematch.embedded-db.durable=false}.
 */
record ZonkyPostgres(EmbeddedPostgres postgres) implements LocalPostgres {

    /** Long enough for the crash recovery (WAL replay) of a start after a crash; zonky waits 10 s by default. */
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    /** Starts the server, after clearing what a crash of the last run left on its folder ({@link CrashLeftovers}). */
    static ZonkyPostgres start(EmbeddedPostgresProperties properties) throws IOException {
        CrashLeftovers.clear(properties.dataDirectory());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(properties.dataDirectory())
                .setCleanDataDirectory(properties.clean())
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("max_connections", "50");
        // zonky, made for tests, passes -F (fsync off) and synchronous_commit=off: these -c come after and win
        properties.durabilitySettings().forEach(builder::setServerConfig);
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        return new ZonkyPostgres(builder.start());
    }

    @Override
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        }
    }
}
