package fr.clausematch.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The zonky embedded PostgreSQL (its own binaries, run through a user namespace when root). */
record ZonkyPostgres(EmbeddedPostgres postgres) implements LocalPostgres {

    static ZonkyPostgres start(EmbeddedPostgresProperties properties) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(properties.dataDirectory())
                .setCleanDataDirectory(properties.clean())
                .setServerConfig("max_connections", "50");
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
