package fr.clausematch.candidate;

import fr.clausematch.audit.AuditAction;
import fr.clausematch.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The right of access: one person's data as a whole, each export written to the audit log. */
@Service
public class PersonalDataService {

    private final CandidateService candidates;
    private final CandidateMapper mapper;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    PersonalDataService(CandidateService candidates, CandidateMapper mapper, JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.candidates = candidates;
        this.mapper = mapper;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public PersonalData export(String id, String actor) {
        Candidate candidate = candidates.find(id);
        List<PersonalData.Pairing> pairings = jdbc.query("""
                SELECT a.id, a.plan_id, p.territory_code, c.external_id AS contract, s.external_id AS slot, s.trade, s.hours,
                       s.start_date, s.end_date, a.status, a.decided_by, a.decided_at, a.created_at
                FROM assignment a JOIN plan p ON p.id = a.plan_id JOIN slot s ON s.id = a.slot_id
                     JOIN contract c ON c.id = s.contract_id
                WHERE a.candidate_id = ? ORDER BY a.created_at, a.id""",
                (rs, n) -> new PersonalData.Pairing(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("territory_code"),
                        rs.getString("contract"), rs.getString("slot"), rs.getString("trade"), rs.getInt("hours"),
                        rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(), rs.getString("status"),
                        rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")), instant(rs.getTimestamp("created_at"))),
                candidate.getId());
        audit.record(actor, AuditAction.EXPORT, AuditLog.CANDIDATE, id, pairings.size() + " appariement(s)");
        candidates.recordSensitiveRead(candidate, actor);
        return new PersonalData(id, Instant.now(clock), mapper.toView(candidate), pairings,
                audit.about(AuditLog.CANDIDATE, id));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
