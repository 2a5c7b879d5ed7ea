package fr.clausematch.planning;

import fr.clausematch.candidate.Candidate;
import fr.clausematch.candidate.CandidateRepository;
import fr.clausematch.candidate.CandidateRowMapper;
import fr.clausematch.candidate.CandidateStatus;
import fr.clausematch.contract.Contract;
import fr.clausematch.contract.ContractRepository;
import fr.clausematch.contract.ContractRowMapper;
import fr.clausematch.contract.ContractStatus;
import fr.clausematch.dataset.CandidateRow;
import fr.clausematch.dataset.ContractRow;
import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetProblemMapper;
import fr.clausematch.dataset.SlotRow;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.territory.TerritorySettingsService;
import fr.clausematch.matching.model.Pairing;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads what one territory plans over: its people still on a path, its contracts still open, their
 * slots, the pairings facilitators confirmed (pinned) or rejected (never proposed again), and the
 * territory's settings. The records go into the heart as rows of the exchange format, by the same rules as a
 * dataset's files ({@link DatasetProblemMapper}).
 */
@Component
class PlanningProblemLoader {

    static final Set<CandidateStatus> PLANNED_PEOPLE = EnumSet.of(CandidateStatus.IDENTIFIED, CandidateStatus.PROPOSED,
            CandidateStatus.IN_MISSION);
    static final Set<ContractStatus> PLANNED_CONTRACTS = EnumSet.of(ContractStatus.SUBMITTED, ContractStatus.OPEN,
            ContractStatus.IN_PROGRESS);

    private final CandidateRepository candidates;
    private final ContractRepository contracts;
    private final CandidateRowMapper candidateRows;
    private final ContractRowMapper contractRows;
    private final TerritorySettingsService settings;
    private final JdbcTemplate jdbc;

    PlanningProblemLoader(CandidateRepository candidates, ContractRepository contracts, CandidateRowMapper candidateRows,
                          ContractRowMapper contractRows, TerritorySettingsService settings, JdbcTemplate jdbc) {
        this.candidates = candidates;
        this.contracts = contracts;
        this.candidateRows = candidateRows;
        this.contractRows = contractRows;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /** A territory's problem and the database keys of its slots and people, to save solutions back. */
    record Loaded(MatchingInput input, Map<String, Long> slotKeys, Map<String, Long> candidateKeys) {
    }

    @Transactional(readOnly = true)
    Loaded load(String territory, String planId) {
        Specification<Candidate> people = (root, query, cb) -> cb.and(
                cb.equal(root.get("territoryCode"), territory), root.get("status").in(PLANNED_PEOPLE));
        Specification<Contract> open = (root, query, cb) -> cb.and(
                cb.equal(root.get("territoryCode"), territory), root.get("status").in(PLANNED_CONTRACTS));
        List<CandidateRow> peopleRows = new ArrayList<>();
        Map<String, Long> candidateKeys = new HashMap<>();
        for (Candidate c : candidates.findAll(people, org.springframework.data.domain.Sort.by("id"))) {
            peopleRows.add(candidateRows.toRow(c));
            candidateKeys.put(c.getExternalId(), c.getId());
        }
        List<ContractRow> openRows = new ArrayList<>();
        List<SlotRow> slotRows = new ArrayList<>();
        Map<String, Long> slotKeys = new HashMap<>();
        for (Contract k : contracts.findAll(open, org.springframework.data.domain.Sort.by("id"))) {
            openRows.add(contractRows.toRow(k));
            for (fr.clausematch.contract.Slot s : k.getSlots()) {
                slotRows.add(contractRows.toRow(s));
                slotKeys.put(s.getExternalId(), s.getId());
            }
        }
        MatchingInput facts = DatasetProblemMapper.INSTANCE.input(planId, new Dataset(peopleRows, openRows, slotRows));
        Map<Long, String> personIds = inverse(candidateKeys);
        Map<Long, String> slotIds = inverse(slotKeys);
        MatchingInput input = new MatchingInput(planId, facts.candidates(), facts.contracts(), facts.slots(),
                confirmed(territory, personIds, slotIds), rejected(territory, personIds, slotIds),
                settings.settings(territory));
        return new Loaded(input, slotKeys, candidateKeys);
    }

    /** For each slot, the facilitators' latest decision; the slot is pinned when that decision is a confirmation. */
    private List<Pairing> confirmed(String territory, Map<Long, String> people, Map<Long, String> slots) {
        return pairs("""
                SELECT slot_id, candidate_id FROM (
                  SELECT DISTINCT ON (a.slot_id) a.slot_id, a.candidate_id, a.status
                  FROM assignment a JOIN plan p ON p.id = a.plan_id
                  WHERE p.territory_code = ? AND a.status IN ('CONFIRMED', 'REJECTED', 'UNASSIGNED')
                  ORDER BY a.slot_id, a.decided_at DESC, a.id DESC) latest
                WHERE status = 'CONFIRMED'""", territory, people, slots);
    }

    /** The pairs facilitators rejected in the territory, never proposed again. */
    private List<Pairing> rejected(String territory, Map<Long, String> people, Map<Long, String> slots) {
        return pairs("""
                SELECT DISTINCT a.slot_id, a.candidate_id FROM assignment a JOIN plan p ON p.id = a.plan_id
                WHERE p.territory_code = ? AND a.status = 'REJECTED'""", territory, people, slots);
    }

    /** Pairs of this module's table, named by the problem's ids; pairs of slots or people outside the problem are left out. */
    private List<Pairing> pairs(String sql, String territory, Map<Long, String> people, Map<Long, String> slots) {
        return jdbc.query(sql, (rs, n) -> new Pairing(slots.get(rs.getLong("slot_id")), people.get(rs.getLong("candidate_id"))),
                        territory).stream()
                .filter(p -> p.slotId() != null && p.candidateId() != null)
                .toList();
    }

    private static Map<Long, String> inverse(Map<String, Long> keys) {
        Map<Long, String> inverse = new HashMap<>();
        keys.forEach((external, id) -> inverse.put(id, external));
        return inverse;
    }
}
