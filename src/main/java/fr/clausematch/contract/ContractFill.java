package fr.clausematch.contract;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far contracts are filled, read from the latest plan of their territory: a slot counts as filled
 * when that plan pairs it with someone (PROPOSED or CONFIRMED). The latest plan is the most recent
 * optimised plan that did not fail (the first-come-first-served baseline is a comparison, not a plan
 * to follow). No plan yet: nothing is filled.
 */
@Component
class ContractFill {

    private static final String LATEST_PLANS = """
            WITH latest AS (
              SELECT DISTINCT ON (territory_code) id, territory_code FROM plan
              WHERE strategy = 'OPTIMIZE' AND status <> 'FAILED'
              ORDER BY territory_code, started_at DESC, id DESC)
            """;

    /** Who fills one slot: the pseudonymous id of the person, never more. */
    record SlotFill(String candidateId, String status) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    ContractFill(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Hours filled per contract id (contracts with nothing filled are absent). */
    @Transactional(readOnly = true)
    Map<String, Long> filledHours(Collection<String> contractIds) {
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

    /** Who fills each slot of one contract, by slot id (open slots are absent). */
    @Transactional(readOnly = true)
    Map<String, SlotFill> slots(String contractId) {
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

    /** A contract in a list with its fill: required, in slots, filled, and still open (never below zero). */
    record Row(ContractSummary contract, long filledHours) {

        public long openHours() {
            return Math.max(0, contract.requiredHours() - filledHours);
        }

        public int filledPercent() {
            return contract.requiredHours() == 0 ? 0
                    : (int) Math.min(100, Math.round(100.0 * filledHours / contract.requiredHours()));
        }
    }

    List<Row> rows(List<ContractSummary> contracts) {
        Map<String, Long> filled = filledHours(contracts.stream().map(ContractSummary::id).toList());
        return contracts.stream().map(c -> new Row(c, filled.getOrDefault(c.id(), 0L))).toList();
    }
}
