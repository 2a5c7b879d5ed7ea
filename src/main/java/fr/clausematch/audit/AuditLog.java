package fr.clausematch.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Who read or changed a person's record. Rows are written in the caller's transaction, so a change
 * that rolls back leaves no trace and a trace is never lost for a change that stays. The actor is
 * passed by the caller (today a fixed name per entry point, later the logged-in user).
 */
@Service
public class AuditLog {

    /** The subject type of a person (candidate). */
    public static final String CANDIDATE = "CANDIDATE";

    private static final RowMapper<AuditEvent> ROW = (rs, n) -> new AuditEvent(rs.getLong("id"),
            rs.getTimestamp("at").toInstant(), rs.getString("actor"), AuditAction.valueOf(rs.getString("action")),
            rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("detail"));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, AuditAction action, String subjectType, String subjectId, String detail) {
        jdbc.update("INSERT INTO audit_event (actor, action, subject_type, subject_id, detail) VALUES (?, ?, ?, ?, ?)",
                actor, action.name(), subjectType, subjectId, detail);
    }

    /** The same action on many subjects, in one batch. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordEach(String actor, AuditAction action, String subjectType, List<String> subjectIds, String detail) {
        jdbc.batchUpdate("INSERT INTO audit_event (actor, action, subject_type, subject_id, detail) VALUES (?, ?, ?, ?, ?)",
                subjectIds, 1000, (statement, subjectId) -> {
                    statement.setString(1, actor);
                    statement.setString(2, action.name());
                    statement.setString(3, subjectType);
                    statement.setString(4, subjectId);
                    statement.setString(5, detail);
                });
    }

    /** Rows matching the filter, newest first. */
    @Transactional(readOnly = true)
    public Page<AuditEvent> search(AuditFilter filter, Pageable pageable) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> args = new ArrayList<>();
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" AND actor = ?");
            args.add(filter.actor().strip());
        }
        if (filter.subject() != null && !filter.subject().isBlank()) {
            where.append(" AND subject_id = ?");
            args.add(filter.subject().strip());
        }
        if (filter.action() != null) {
            where.append(" AND action = ?");
            args.add(filter.action().name());
        }
        if (filter.from() != null) {
            where.append(" AND at >= ?");
            args.add(startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND at < ?");
            args.add(startOf(filter.to().plusDays(1)));
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM audit_event" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<AuditEvent> rows = jdbc.query("SELECT * FROM audit_event" + where + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
                ROW, pageArgs.toArray());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** Every row about one subject, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEvent> about(String subjectType, String subjectId) {
        return jdbc.query("SELECT * FROM audit_event WHERE subject_type = ? AND subject_id = ? ORDER BY at, id",
                ROW, subjectType, subjectId);
    }

    private Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(clock.getZone()).toInstant());
    }
}
