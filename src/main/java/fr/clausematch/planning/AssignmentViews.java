package fr.clausematch.planning;

import fr.clausematch.candidate.CandidateDirectory;
import fr.clausematch.contract.SlotDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The pairings of a plan as the API shows them: this module's rows, with the slot's facts asked of
 * {@link SlotDirectory} and the person's pseudonymous id of {@link CandidateDirectory}; by slot start date then id.
 */
@Component
class AssignmentViews {

    private record Stored(long id, long planId, long slotId, long candidateId, AssignmentStatus status, String decidedBy,
                          Instant decidedAt, long version) {
    }

    private final JdbcTemplate jdbc;
    private final SlotDirectory slots;
    private final CandidateDirectory people;

    AssignmentViews(JdbcTemplate jdbc, SlotDirectory slots, CandidateDirectory people) {
        this.jdbc = jdbc;
        this.slots = slots;
        this.people = people;
    }

    @Transactional(readOnly = true)
    List<AssignmentView> ofPlan(long planId) {
        List<Stored> stored = jdbc.query("""
                SELECT id, plan_id, slot_id, candidate_id, status, decided_by, decided_at, version
                FROM assignment WHERE plan_id = ? ORDER BY id""", (rs, n) -> new Stored(rs.getLong("id"), rs.getLong("plan_id"),
                rs.getLong("slot_id"), rs.getLong("candidate_id"), AssignmentStatus.valueOf(rs.getString("status")),
                rs.getString("decided_by"), rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant(),
                rs.getLong("version")), planId);
        Map<Long, SlotDirectory.SlotSummary> slotsById = slots.byIds(stored.stream().map(Stored::slotId).toList());
        Map<Long, CandidateDirectory.Person> peopleById = people.byIds(stored.stream().map(Stored::candidateId).toList());
        List<AssignmentView> views = new ArrayList<>(stored.size());
        for (Stored a : stored) {
            SlotDirectory.SlotSummary slot = slotsById.get(a.slotId());
            CandidateDirectory.Person person = peopleById.get(a.candidateId());
            if (slot != null && person != null) {
                views.add(new AssignmentView(a.id(), a.planId(), slot.externalId(), slot.contractExternalId(), slot.trade(),
                        slot.hours(), slot.commune(), person.externalId(), a.status(), a.decidedBy(), a.decidedAt(), a.version()));
            }
        }
        Map<String, SlotDirectory.SlotSummary> byExternalId = new java.util.HashMap<>();
        slotsById.values().forEach(slot -> byExternalId.put(slot.externalId(), slot));
        views.sort(Comparator.<AssignmentView, java.time.LocalDate>comparing(v -> byExternalId.get(v.slot()).startDate())
                .thenComparing(AssignmentView::slot));
        return views;
    }
}
