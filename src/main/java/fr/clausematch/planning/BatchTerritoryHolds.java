package fr.clausematch.planning;

import fr.clausematch.shared.ProcessOwner;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A batch partition's hold on the territory it plans: a PostgreSQL session advisory lock on a connection of its
 * own, seen by every process sharing the database, and let go by the server if the process dies. While it is held
 * a facilitator's plan of the territory is refused ({@link PlanResults#open}); it is taken only when no live
 * process is solving a plan of the territory, under the same lock by which plans are opened, so that a batch plan
 * and a facilitator's never overlap.
 */
@Component
class BatchTerritoryHolds {

    private final DataSource dataSource;

    BatchTerritoryHolds(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The hold on the territory, or empty while a plan of it is being solved (or another batch holds it). */
    Optional<Hold> tryTake(String territory) throws SQLException {
        Connection connection = dataSource.getConnection();
        boolean kept = false;
        try {
            connection.setAutoCommit(false);
            execute(connection, "SELECT pg_advisory_xact_lock(hashtext('plan ' || ?))", territory);
            boolean solving = false;
            try (PreparedStatement owners = connection.prepareStatement(
                    "SELECT owner FROM plan WHERE territory_code = ? AND status IN ('QUEUED', 'SOLVING')")) {
                owners.setString(1, territory);
                try (ResultSet rows = owners.executeQuery()) {
                    while (rows.next()) {
                        solving |= !ProcessOwner.isGone(rows.getString(1));
                    }
                }
            }
            boolean held = !solving && execute(connection, "SELECT pg_try_advisory_lock(hashtext('batch ' || ?))", territory);
            connection.commit();
            connection.setAutoCommit(true);
            kept = held;
            return held ? Optional.of(new Hold(connection, territory)) : Optional.empty();
        } finally {
            if (!kept) {
                connection.close();
            }
        }
    }

    /** Runs one of PostgreSQL's advisory-lock functions on the territory's key; answers its boolean (true for a void one). */
    private static boolean execute(Connection connection, String sql, String territory) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, territory);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return !(row.getObject(1) instanceof Boolean held) || held;
            }
        }
    }

    /** A held territory; closing lets it go (and gives its connection back). */
    record Hold(Connection connection, String territory) implements AutoCloseable {

        @Override
        public void close() throws SQLException {
            try {
                execute(connection, "SELECT pg_advisory_unlock(hashtext('batch ' || ?))", territory);
            } finally {
                connection.close();
            }
        }
    }
}
