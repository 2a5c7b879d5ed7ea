package fr.clausematch.planning;

import fr.clausematch.candidate.CandidatePairings;
import fr.clausematch.candidate.PersonalData;
import fr.clausematch.contract.ContractPairings;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the plans' pairings say of a person, a contract or a slot: the queries the owners of those ask this module. */
@Component
class PairingQueries implements CandidatePairings, ContractPairings {

    private static final String LATEST_PLANS = """
            WITH latest AS (
              SELECT DISTINCT ON (territory_code) id, territory_code FROM plan
              WHERE strategy = 'OPTIMIZE' AND status <> 'FAILED'
              ORDER BY territory_code, started_at DESC, id DESC)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    PairingQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public int count(long candidateId) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM assignment WHERE candidate_id = :id",
                Map.of("id", candidateId), Integer.class);
        return count == null ? 0 : count;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalData.Pairing> of(long candidateId) {
        return jdbc.query("""
                SELECT a.id, a.plan_id, p.territory_code, c.external_id AS contract, s.external_id AS slot, s.trade, s.hours,
                       s.start_date, s.end_date, a.status, a.decided_by, a.decided_at, a.created_at
                FROM assignment a JOIN plan p ON p.id = a.plan_id JOIN slot s ON s.id = a.slot_id
                     JOIN contract c ON c.id = s.contract_id
                WHERE a.candidate_id = :id ORDER BY a.created_at, a.id""", Map.of("id", candidateId),
                (rs, n) -> new PersonalData.Pairing(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("territory_code"),
                        rs.getString("contract"), rs.getString("slot"), rs.getString("trade"), rs.getInt("hours"),
                        rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(), rs.getString("status"),
                        rs.getString("decided_by"), instant(rs.getTimestamp("decided_at")), instant(rs.getTimestamp("created_at"))));
    }

    @Override
    @Transactional(readOnly = true)
    public long ofContract(long contractId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM assignment a JOIN slot s ON s.id = a.slot_id "
                + "WHERE s.contract_id = :id", Map.of("id", contractId), Long.class);
        return count == null ? 0 : count;
    }

    @Override
    @Transactional(readOnly = true)
    public long ofSlot(long slotId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM assignment WHERE slot_id = :id", Map.of("id", slotId),
                Long.class);
        return count == null ? 0 : count;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> filledHours(Collection<String> contractIds) {
        Map<String, Long> filled = new HashMap<>();
        if (contractIds.isEmpty()) {
            return filled;
        }
        jdbc.query(LATEST_PLANS + """
                SELECT k.external_id, sum(s.hours) AS filled
                FROM contract k
                JOIN latest l ON l.territory_code = k.territory_code
                JOIN slot s ON s.contract_id = k.id
                WHERE k.external_id IN (:ids)
                  AND EXISTS (SELECT 1 FROM assignment a WHERE a.plan_id = l.id AND a.slot_id = s.id
                              AND a.status IN ('PROPOSED', 'CONFIRMED'))
                GROUP BY k.external_id""", Map.of("ids", List.copyOf(contractIds)),
                rs -> {
                    filled.put(rs.getString(1), rs.getLong(2));
                });
        return filled;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, SlotFill> slots(String contractId) {
        Map<String, SlotFill> fills = new HashMap<>();
        jdbc.query(LATEST_PLANS + """
                SELECT s.external_id AS slot, c.external_id AS candidate, a.status
                FROM contract k
                JOIN latest l ON l.territory_code = k.territory_code
                JOIN slot s ON s.contract_id = k.id
                JOIN assignment a ON a.plan_id = l.id AND a.slot_id = s.id AND a.status IN ('PROPOSED', 'CONFIRMED')
                JOIN candidate c ON c.id = a.candidate_id
                WHERE k.external_id = :id
                ORDER BY a.status""", Map.of("id", contractId),
                rs -> {
                    fills.putIfAbsent(rs.getString("slot"), new SlotFill(rs.getString("candidate"), rs.getString("status")));
                });
        return fills;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
