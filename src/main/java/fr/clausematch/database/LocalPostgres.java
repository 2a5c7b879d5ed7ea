package fr.clausematch.database;

/**
 * The PostgreSQL server that the application started itself because no {@code spring.datasource.url}
 * was given: zonky's embedded PostgreSQL or, as a fallback, Debian's PostgreSQL binaries
 * ({@code clausematch.embedded-db.mode}). Its presence as a bean tells "embedded database" from
 * "external server".
 */
public interface LocalPostgres extends AutoCloseable {

    /** A JDBC URL for the {@code postgres} database, as the {@code postgres} superuser. */
    String jdbcUrl();

    int port();

    /** Stops the server. */
    @Override
    void close();
}
