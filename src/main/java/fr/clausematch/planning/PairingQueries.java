package fr.clausematch.planning;

import fr.clausematch.candidate.CandidateDirectory;
import fr.clausematch.candidate.CandidatePairings;
import fr.clausematch.candidate.PersonalData;
import fr.clausematch.contract.ContractPairings;
import fr.clausematch.contract.SlotDirectory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the plans' pairings say of a person, a contract or a slot: the queries the owners of those ask this module.
 * It reads its own tables only; what it says of slots and people it asks {@link SlotDirectory} and
 * {@link CandidateDirectory}.
 */
@Component
class PairingQueries implements CandidatePairings, ContractPairings {

    /** The plan that counts for a territory: its latest optimised plan that did not fail. */
    private static final String LATEST_PLANS = """
            SELECT DISTINCT ON (territory_code) id, territory_code FROM plan
            WHERE strategy = 'OPTIMIZE' AND status <> 'FAILED' AND territory_code IN (:territories)
            ORDER BY territory_code, started_at DESC, id DESC""";

    private final NamedParameterJdbcTemplate jdbc;
    private final SlotDirectory slots;
    private final CandidateDirectory people;

    PairingQueries(NamedParameterJdbcTemplate jdbc, SlotDirectory slots, CandidateDirectory people) {
        this.jdbc = jdbc;
        this.slots = slots;
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public int count(long candidateId) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM assignment WHERE candidate_id = :id",
                Map.of("id", candidateId), Integer.class);
        return count == null ? 0 : count;
    }

    /** A pairing row of this module's tables, before the slot's facts are added. */
    private record Stored(long id, long planId, String territory, long slotId, String status, String decidedBy,
                          Instant decidedAt, Instant createdAt) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalData.Pairing> of(long candidateId) {
        List<Stored> stored = jdbc.query("""
                SELECT a.id, a.plan_id, p.territory_code, a.slot_id, a.status, a.decided_by, a.decided_at, a.created_at
                FROM assignment a JOIN plan p ON p.id = a.plan_id
                WHERE a.candidate_id = :id ORDER BY a.created_at, a.id""", Map.of("id", candidateId),
                (rs, n) -> new Stored(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("territory_code"),
                        rs.getLong("slot_id"), rs.getString("status"), rs.getString("decided_by"),
                        instant(rs.getTimestamp("decided_at")), instant(rs.getTimestamp("created_at"))));
        Map<Long, SlotDirectory.SlotSummary> slotsById = slots.byIds(stored.stream().map(Stored::slotId).toList());
        List<PersonalData.Pairing> pairings = new ArrayList<>(stored.size());
        for (Stored a : stored) {
            SlotDirectory.SlotSummary s = slotsById.get(a.slotId());
            if (s != null) {
                pairings.add(new PersonalData.Pairing(a.id(), a.planId(), a.territory(), s.contractExternalId(), s.externalId(),
                        s.trade(), s.hours(), s.startDate(), s.endDate(), a.status(), a.decidedBy(), a.decidedAt(), a.createdAt()));
            }
        }
        return pairings;
    }

    @Override
    @Transactional(readOnly = true)
    public long ofSlots(Collection<Long> slotIds) {
        if (slotIds.isEmpty()) {
            return 0;
        }
        Long count = jdbc.queryForObject("SELECT count(*) FROM assignment WHERE slot_id IN (:ids)",
                Map.of("ids", List.copyOf(slotIds)), Long.class);
        return count == null ? 0 : count;
    }

    @Override
    @Transactional(readOnly = true)
    public long ofSlot(long slotId) {
        return ofSlots(List.of(slotId));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> filledHours(Collection<String> contractIds) {
        Map<String, Long> filled = new HashMap<>();
        List<SlotDirectory.SlotSummary> ofContracts = slots.ofContracts(contractIds);
        Set<Long> filledSlots = fills(ofContracts).keySet();
        for (SlotDirectory.SlotSummary slot : ofContracts) {
            if (filledSlots.contains(slot.id())) {
                filled.merge(slot.contractExternalId(), (long) slot.hours(), Long::sum);
            }
        }
        return filled;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, SlotFill> slots(String contractId) {
        List<SlotDirectory.SlotSummary> ofContract = slots.ofContracts(List.of(contractId));
        Map<Long, Fill> fills = fills(ofContract);
        Map<Long, CandidateDirectory.Person> persons = people.byIds(fills.values().stream().map(Fill::candidateId).toList());
        Map<String, SlotFill> bySlot = new HashMap<>();
        for (SlotDirectory.SlotSummary slot : ofContract) {
            Fill fill = fills.get(slot.id());
            CandidateDirectory.Person person = fill == null ? null : persons.get(fill.candidateId());
            if (person != null) {
                bySlot.put(slot.externalId(), new SlotFill(person.externalId(), fill.status()));
            }
        }
        return bySlot;
    }

    /** Who fills a slot in the latest plan of its territory: a confirmed pairing first, else a proposed one. */
    private record Fill(long candidateId, String status) {
    }

    /** The fills of these slots in the latest plan of each one's territory, by slot id (open slots are absent). */
    private Map<Long, Fill> fills(List<SlotDirectory.SlotSummary> of) {
        Map<Long, Fill> fills = new LinkedHashMap<>();
        if (of.isEmpty()) {
            return fills;
        }
        Set<String> territories = of.stream().map(SlotDirectory.SlotSummary::territory).collect(Collectors.toSet());
        jdbc.query("WITH latest AS (" + LATEST_PLANS + """
                        )
                        SELECT a.slot_id, a.candidate_id, a.status FROM assignment a JOIN latest l ON l.id = a.plan_id
                        WHERE a.slot_id IN (:slots) AND a.status IN ('PROPOSED', 'CONFIRMED')
                        ORDER BY a.status""",
                Map.of("territories", List.copyOf(territories), "slots", of.stream().map(SlotDirectory.SlotSummary::id).toList()),
                rs -> {
                    fills.putIfAbsent(rs.getLong("slot_id"), new Fill(rs.getLong("candidate_id"), rs.getString("status")));
                });
        return fills;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
