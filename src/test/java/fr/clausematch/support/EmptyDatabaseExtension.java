package fr.clausematch.support;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.util.List;

/** Empties every table of the schema (Flyway's history aside) before each test. */
public class EmptyDatabaseExtension implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        JdbcTemplate jdbc = SpringExtension.getApplicationContext(context).getBean(JdbcTemplate.class);
        List<String> tables = jdbc.queryForList("""
                SELECT quote_ident(tablename) FROM pg_tables
                WHERE schemaname = current_schema() AND tablename <> 'flyway_schema_history'""", String.class);
        if (!tables.isEmpty()) {
            jdbc.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
        }
    }
}
