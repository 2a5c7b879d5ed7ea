package fr.clausematch.planning;

import fr.clausematch.candidate.CandidateDirectory;
import fr.clausematch.contract.SlotDirectory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the plan page shows of a plan: every slot of its territory with the pairing the plan holds for it
 * (confirmed, else proposed, else the last one withdrawn or refused) and the facts about the person that
 * matter to judge it — pseudonymous id, woman or not, QPV resident or not; never a name.
 */
@Component
class PlanSlots {

    /** One slot of the territory and its pairing in the plan ({@code assignmentId} null: nobody). */
    record Row(String slot, String contract, String contractType, String trade, int hours, String commune,
               Long assignmentId, String candidate, Boolean woman, Boolean qpv, AssignmentStatus status, Long version,
               String contractTitle, java.time.LocalDate startDate, java.time.LocalDate endDate) {

        boolean filled() {
            return status == AssignmentStatus.PROPOSED || status == AssignmentStatus.CONFIRMED;
        }
    }

    /** The pairing a plan holds for a slot, from this module's table. */
    private record Pick(long assignmentId, long candidateId, AssignmentStatus status, long version) {
    }

    private final JdbcTemplate jdbc;
    private final SlotDirectory slots;
    private final CandidateDirectory people;

    PlanSlots(JdbcTemplate jdbc, SlotDirectory slots, CandidateDirectory people) {
        this.jdbc = jdbc;
        this.slots = slots;
        this.people = people;
    }

    @Transactional(readOnly = true)
    List<Row> of(long planId, String territory, int offset, int limit) {
        List<SlotDirectory.SlotSummary> page = slots.openOfTerritory(territory, offset, limit);
        Map<Long, Pick> picks = new HashMap<>();
        if (!page.isEmpty()) {
            jdbc.query("""
                    SELECT DISTINCT ON (x.slot_id) x.id, x.slot_id, x.candidate_id, x.status, x.version FROM assignment x
                    WHERE x.plan_id = ? AND x.slot_id = ANY (?)
                    ORDER BY x.slot_id,
                      CASE x.status WHEN 'CONFIRMED' THEN 0 WHEN 'PROPOSED' THEN 1 WHEN 'UNASSIGNED' THEN 2 ELSE 3 END,
                      x.decided_at DESC NULLS LAST, x.id DESC""", rs -> {
                picks.put(rs.getLong("slot_id"), new Pick(rs.getLong("id"), rs.getLong("candidate_id"),
                        AssignmentStatus.valueOf(rs.getString("status")), rs.getLong("version")));
            }, planId, page.stream().map(SlotDirectory.SlotSummary::id).toArray(Long[]::new));
        }
        Map<Long, CandidateDirectory.Person> persons = people.byIds(picks.values().stream().map(Pick::candidateId).toList());
        List<Row> rows = new ArrayList<>(page.size());
        for (SlotDirectory.SlotSummary slot : page) {
            Pick pick = picks.get(slot.id());
            CandidateDirectory.Person person = pick == null ? null : persons.get(pick.candidateId());
            rows.add(new Row(slot.externalId(), slot.contractExternalId(), slot.contractType(), slot.trade(), slot.hours(),
                    slot.commune(), pick == null ? null : pick.assignmentId(), person == null ? null : person.externalId(),
                    person == null ? null : person.woman(), person == null ? null : person.qpvResident(),
                    pick == null ? null : pick.status(), pick == null ? null : pick.version(), slot.contractTitle(),
                    slot.startDate(), slot.endDate()));
        }
        return rows;
    }

    int count(String territory) {
        return slots.countOpenOfTerritory(territory);
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
