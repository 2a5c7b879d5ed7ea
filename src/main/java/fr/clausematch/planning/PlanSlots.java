package fr.clausematch.planning;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * What the plan page shows of a plan: every slot of its territory with the pairing the plan holds for it
 * (confirmed, else proposed, else the last one withdrawn or refused) and the facts about the person that
 * matter to judge it — pseudonymous id, woman or not, QPV resident or not; never a name.
 */
@Component
class PlanSlots {

    /** One slot of the territory and its pairing in the plan ({@code assignmentId} null: nobody). */
    record Row(String slot, String contract, String contractType, String trade, int hours, String commune,
               Long assignmentId, String candidate, Boolean woman, Boolean qpv, AssignmentStatus status, Long version) {

        boolean filled() {
            return status == AssignmentStatus.PROPOSED || status == AssignmentStatus.CONFIRMED;
        }
    }

    private final JdbcTemplate jdbc;

    PlanSlots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<Row> of(long planId, String territory, int offset, int limit) {
        return jdbc.query("""
                SELECT s.external_id AS slot, k.external_id AS contract, k.type, s.trade, s.hours, k.commune,
                  a.id AS assignment_id, c.external_id AS candidate, c.gender, c.qpv_code, a.status, a.version
                FROM slot s JOIN contract k ON k.id = s.contract_id
                  LEFT JOIN LATERAL (
                    SELECT * FROM assignment x WHERE x.plan_id = ? AND x.slot_id = s.id
                    ORDER BY CASE x.status WHEN 'CONFIRMED' THEN 0 WHEN 'PROPOSED' THEN 1 WHEN 'UNASSIGNED' THEN 2 ELSE 3 END,
                      x.decided_at DESC NULLS LAST, x.id DESC
                    LIMIT 1) a ON true
                  LEFT JOIN candidate c ON c.id = a.candidate_id
                WHERE k.territory_code = ? AND k.status NOT IN ('CANCELLED', 'CLOSED')
                ORDER BY s.start_date, s.external_id
                OFFSET ? LIMIT ?""", (rs, n) -> new Row(rs.getString("slot"), rs.getString("contract"),
                rs.getString("type"), rs.getString("trade"), rs.getInt("hours"), rs.getString("commune"),
                (Long) rs.getObject("assignment_id"), rs.getString("candidate"),
                rs.getString("candidate") == null ? null : "F".equals(rs.getString("gender")),
                rs.getString("candidate") == null ? null : rs.getString("qpv_code") != null,
                rs.getString("status") == null ? null : AssignmentStatus.valueOf(rs.getString("status")),
                (Long) rs.getObject("version")), planId, territory, offset, limit);
    }

    @Transactional(readOnly = true)
    int count(String territory) {
        Integer count = jdbc.queryForObject("""
                SELECT count(*) FROM slot s JOIN contract k ON k.id = s.contract_id
                WHERE k.territory_code = ? AND k.status NOT IN ('CANCELLED', 'CLOSED')""", Integer.class, territory);
        return count == null ? 0 : count;
    }

    /** Changes whenever a pairing of the plan changes: the key under which its explanation may be kept. */
    @Transactional(readOnly = true)
    String fingerprint(long planId) {
        return jdbc.queryForObject("""
                SELECT p.version || '/' || count(a.id) || '/' || coalesce(sum(a.version), 0) || '/' || coalesce(max(a.id), 0)
                FROM plan p LEFT JOIN assignment a ON a.plan_id = p.id WHERE p.id = ? GROUP BY p.version""",
                String.class, planId);
    }
}
